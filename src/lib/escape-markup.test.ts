import { describe, expect, it } from 'vitest';
import { escapeMarkup } from './escape-markup';

describe('escapeMarkup', () => {
	it('escapes every character that could end text or a quoted attribute', () => {
		expect(escapeMarkup(`<a href="x" title='y'>A & B</a>`)).toBe(
			'&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;A &amp; B&lt;/a&gt;'
		);
	});

	it('leaves other text, curly quotes included, as it is', () => {
		expect(escapeMarkup('Russia’s “first phase” · Kyiv')).toBe('Russia’s “first phase” · Kyiv');
	});
});
