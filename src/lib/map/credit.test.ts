import { describe, expect, it } from 'vitest';
import { attributionHtml, BASEMAP_CREDIT, creditParts } from './credit';

describe('map credit', () => {
	it('names the assessment drawn before the basemap, and only the basemap without one', () => {
		expect(creditParts('ISW/CTP')).toEqual(['ISW/CTP', BASEMAP_CREDIT]);
		expect(creditParts(null)).toEqual([BASEMAP_CREDIT]);
	});

	it('escapes the credit and opens a new tab from an embed', () => {
		const html = attributionHtml('<b>x</b> & y', true);
		expect(html).toContain('&lt;b&gt;x&lt;/b&gt; &amp; y');
		expect(html).toContain('target="_blank"');
		expect(attributionHtml(null)).not.toContain('target=');
	});
});
