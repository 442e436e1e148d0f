import { describe, expect, it, vi } from 'vitest';
import {
	formatDay,
	formatDayShort,
	formatEventDate,
	monthShort,
	parseDay,
	setDateLocale
} from './dates';

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

	it('writes a short day for a map key without making an Intl formatter', () => {
		const made = vi.spyOn(Intl, 'DateTimeFormat');
		try {
			expect(formatDayShort('2022-02-24')).toBe('24 Feb 2022');
			expect(formatDayShort('2023-09-01')).toBe('1 Sep 2023');
			expect(made).not.toHaveBeenCalled();
		} finally {
			made.mockRestore();
		}
	});

	it('writes ranges compactly', () => {
		expect(formatEventDate('2022-04-02/2022-04-04', 'day')).toBe('2–4 April 2022');
		expect(formatEventDate('2022-03-29/2022-04-08', 'day')).toBe('29 March – 8 April 2022');
		expect(formatEventDate('2022-12-30/2023-01-02', 'approximate')).toBe(
			'about 30 December 2022 – 2 January 2023'
		);
	});
});

describe('dates in Ukrainian', () => {
	it('writes days with the month in the genitive, months on their own in the nominative', () => {
		expect(formatDay('2022-03-29', 'day', 'uk')).toBe('29 березня 2022');
		expect(formatDay('2022-05-17', 'month', 'uk')).toBe('травень 2022');
		expect(formatDay('2022-05-02', 'approximate', 'uk')).toBe('близько 2 травня 2022');
	});

	it('writes a short day for a map key as Intl abbreviates it', () => {
		expect(formatDayShort('2022-02-24', 'uk')).toBe('24 лют. 2022 р.');
	});

	it('writes ranges as the English does', () => {
		expect(formatEventDate('2022-04-02/2022-04-04', 'day', 'uk')).toBe('2–4 квітня 2022');
		expect(formatEventDate('2022-03-29/2022-04-08', 'day', 'uk')).toBe(
			'29 березня – 8 квітня 2022'
		);
		expect(formatEventDate('2022-12-30/2023-01-02', 'approximate', 'uk')).toBe(
			'близько 30 грудня 2022 – 2 січня 2023'
		);
	});

	it('follows the page’s language once set, and falls back to English for an unknown one', () => {
		try {
			setDateLocale('uk');
			expect(formatDay('2022-02-24')).toBe('24 лютого 2022');
			expect(monthShort(3)).toBe('бер.');
			setDateLocale('xx');
			expect(formatDay('2022-02-24')).toBe('24 February 2022');
			expect(monthShort(9)).toBe('Sep');
		} finally {
			setDateLocale('en');
		}
	});
});
