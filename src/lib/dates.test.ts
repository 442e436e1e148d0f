import { describe, expect, it } from 'vitest';
import { formatDay, formatEventDate, parseDay } from './dates';

describe('dates', () => {
	it('parses a calendar day without a time zone', () => {
		expect(parseDay('2022-02-24')).toEqual({ year: 2022, month: 2, day: 24 });
		expect(() => parseDay('24.02.2022')).toThrow('not a YYYY-MM-DD date');
	});

	it('writes days in words with their precision', () => {
		expect(formatDay('2022-03-29')).toBe('29 March 2022');
		expect(formatDay('2022-05-17', 'month')).toBe('May 2022');
		expect(formatDay('2022-05-02', 'approximate')).toBe('about 2 May 2022');
	});

	it('writes ranges compactly', () => {
		expect(formatEventDate('2022-04-02/2022-04-04', 'day')).toBe('2–4 April 2022');
		expect(formatEventDate('2022-03-29/2022-04-08', 'day')).toBe('29 March – 8 April 2022');
		expect(formatEventDate('2022-12-30/2023-01-02', 'approximate')).toBe(
			'about 30 December 2022 – 2 January 2023'
		);
	});
});
