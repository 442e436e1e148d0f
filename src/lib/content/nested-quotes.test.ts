import { describe, expect, it } from 'vitest';
import { nestedQuotes, quoteStyleOf } from './nested-quotes';

describe('nestedQuotes', () => {
	it('turns a quotation inside an English quotation into single marks', () => {
		expect(nestedQuotes('“normal, effective security guarantees”', 'en')).toBe(
			'‘normal, effective security guarantees’'
		);
		expect(nestedQuotes('“There is a lot of work to be done”: Rubio reveals details', 'en')).toBe(
			'‘There is a lot of work to be done’: Rubio reveals details'
		);
	});

	it('keeps apostrophes, lone marks and text without quotation as they are', () => {
		expect(nestedQuotes('No deal until there’s a deal', 'en')).toBe('No deal until there’s a deal');
		expect(nestedQuotes('a lone “mark', 'en')).toBe('a lone “mark');
		expect(nestedQuotes('plain words', 'uk')).toBe('plain words');
	});

	it('turns every pair into the nested kind, more than one in a text, straight marks too', () => {
		expect(nestedQuotes('“a” and “b”', 'en')).toBe('‘a’ and ‘b’');
		expect(nestedQuotes('"It\'s a reasonable position," he said', 'en')).toBe(
			"‘It's a reasonable position,’ he said"
		);
		expect(nestedQuotes('"а" і «б»', 'uk')).toBe('„а“ і „б“');
	});

	it('reads each mark once: a pair it made never pairs with a mark after it', () => {
		expect(nestedQuotes('«а» б”', 'uk')).toBe('„а“ б”');
		expect(nestedQuotes('“a” b”', 'en')).toBe('‘a’ b”');
	});

	it('uses „…“ inside Ukrainian and Russian marks, for guillemets and English marks alike', () => {
		expect(nestedQuotes('туманна мета «денацифікації»', 'uk')).toBe('туманна мета „денацифікації“');
		expect(nestedQuotes('“Useful in every respect”: Russia hails', 'uk')).toBe(
			'„Useful in every respect“: Russia hails'
		);
		expect(nestedQuotes('«а» и «б»', 'ru')).toBe('„а“ и „б“');
	});

	it('leaves marks that are already nested', () => {
		expect(nestedQuotes('‘already’', 'en')).toBe('‘already’');
		expect(nestedQuotes('„вже“', 'uk')).toBe('„вже“');
	});
});

describe('quoteStyleOf', () => {
	it('follows the language of the marks around, English where it is not known', () => {
		expect(quoteStyleOf('uk')).toBe('uk');
		expect(quoteStyleOf('ru')).toBe('ru');
		expect(quoteStyleOf('en')).toBe('en');
		expect(quoteStyleOf(undefined)).toBe('en');
	});
});
