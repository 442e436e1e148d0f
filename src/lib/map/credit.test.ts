import { describe, expect, it } from 'vitest';
import { attributionHtml, creditParts } from './credit';

describe('map credit', () => {
	it('names the assessment drawn before the basemap, and only the basemap without one', () => {
		expect(creditParts('ISW/CTP')).toEqual(['ISW/CTP', 'Made with Natural Earth']);
		expect(creditParts(null)).toEqual(['Made with Natural Earth']);
	});

	it('escapes the credit and opens a new tab from an embed', () => {
		const html = attributionHtml('<b>x</b> & y', true);
		expect(html).toContain('&lt;b&gt;x&lt;/b&gt; &amp; y');
		expect(html).toContain('target="_blank"');
		expect(attributionHtml(null)).not.toContain('target=');
		expect(attributionHtml(null)).toContain('href="/about#credits"');
	});
});
