import type { DatePrecision } from './vocabulary';

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

/** Parses YYYY-MM-DD as a calendar day; no time zone can shift it. */
export function parseDay(iso: string): { year: number; month: number; day: number } {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	if (!match) throw new Error(`not a YYYY-MM-DD date: ${iso}`);
	return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/*
 * Dates in words, in the reader's language: English as the atlas has always written them
 * ("29 March 2022"), other languages through Intl ("29 березня 2022"). The language is set once per
 * page (setDateLocale, by the hooks), not read from Paraglide here: the build's own tools (the
 * content check, the geodata pipeline) use this module before any message is compiled.
 */

/** The languages dates are written in, with the word for an approximate date. */
const DATE_LOCALES = {
	en: { intl: 'en-GB', about: 'about' },
	uk: { intl: 'uk', about: 'близько' }
} as const;
export type DateLocale = keyof typeof DATE_LOCALES;

let dateLocale: DateLocale = 'en';

/** The language every date is written in from now on (the page's). */
export function setDateLocale(locale: string): void {
	dateLocale = locale in DATE_LOCALES ? (locale as DateLocale) : 'en';
}

export function getDateLocale(): DateLocale {
	return dateLocale;
}

const formats = new Map<string, Intl.DateTimeFormat>();
function intlFormat(locale: DateLocale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
	const key = `${locale}:${JSON.stringify(options)}`;
	let format = formats.get(key);
	if (!format) {
		format = new Intl.DateTimeFormat(DATE_LOCALES[locale].intl, { ...options, timeZone: 'UTC' });
		formats.set(key, format);
	}
	return format;
}

/** The parts Intl gives, without the year's abbreviation some languages add ("2022 р."). */
function partsOf(
	locale: DateLocale,
	options: Intl.DateTimeFormatOptions,
	{ year, month, day }: { year: number; month: number; day: number }
): Record<'day' | 'month' | 'year', string> {
	const parts = intlFormat(locale, options).formatToParts(new Date(Date.UTC(year, month - 1, day)));
	const get = (type: Intl.DateTimeFormatPartTypes) =>
		parts.find((p) => p.type === type)?.value ?? '';
	return { day: get('day'), month: get('month'), year: String(year) };
}

/** "29 March" / "29 березня": a day and its month as a date is written (genitive in Ukrainian). */
function dayAndMonth(date: { year: number; month: number; day: number }, locale: DateLocale) {
	if (locale === 'en') return `${date.day} ${MONTHS[date.month - 1]}`;
	const { day, month } = partsOf(locale, { day: 'numeric', month: 'long' }, date);
	return `${day} ${month}`;
}

/** "March 2022" / "березень 2022": a month on its own. */
function monthAndYear(date: { year: number; month: number; day: number }, locale: DateLocale) {
	if (locale === 'en') return `${MONTHS[date.month - 1]} ${date.year}`;
	return `${partsOf(locale, { month: 'long' }, date).month} ${date.year}`;
}

/** A month's short name for an axis: "Mar", "бер.". */
export function monthShort(month: number, locale: DateLocale = dateLocale): string {
	if (locale === 'en') return MONTHS[month - 1].slice(0, 3);
	return partsOf(locale, { month: 'short' }, { year: 2022, month, day: 1 }).month;
}

/**
 * "24 Feb 2022" / "24 лют. 2022 р.": a day as short as a map key has room for. English is written
 * without Intl: the first Intl formatter a page makes costs tens of milliseconds of its load.
 */
export function formatDayShort(iso: string, locale: DateLocale = dateLocale): string {
	const { year, month, day } = parseDay(iso);
	if (locale === 'en') return `${day} ${monthShort(month, locale)} ${year}`;
	const options = { day: 'numeric', month: 'short', year: 'numeric' } as const;
	return intlFormat(locale, options).format(Date.UTC(year, month - 1, day));
}

function approximately(text: string, locale: DateLocale): string {
	return `${DATE_LOCALES[locale].about} ${text}`;
}

/** "28 February 2022"; with `month` precision "February 2022"; in the page's language. */
export function formatDay(
	iso: string,
	precision: DatePrecision = 'day',
	locale: DateLocale = dateLocale
): string {
	const date = parseDay(iso);
	if (precision === 'month') return monthAndYear(date, locale);
	const text = `${dayAndMonth(date, locale)} ${date.year}`;
	return precision === 'approximate' ? approximately(text, locale) : text;
}

/** A day or a range "2–4 April 2022" / "29 March – 8 April 2022", with its precision. */
export function formatEventDate(
	date: string,
	precision: DatePrecision,
	locale: DateLocale = dateLocale
): string {
	const [start, end] = date.split('/');
	if (!end) return formatDay(start, precision, locale);
	const a = parseDay(start);
	const b = parseDay(end);
	let text: string;
	if (a.year === b.year && a.month === b.month) {
		const [, month] = dayAndMonth(b, locale).split(' ');
		text = `${a.day}–${b.day} ${month} ${b.year}`;
	} else if (a.year === b.year) {
		text = `${dayAndMonth(a, locale)} – ${dayAndMonth(b, locale)} ${b.year}`;
	} else {
		text = `${formatDay(start, 'day', locale)} – ${formatDay(end, 'day', locale)}`;
	}
	return precision === 'approximate' ? approximately(text, locale) : text;
}

const DAY_MS = 86_400_000;

export function isIsoDay(value: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
	const { year, month, day } = parseDay(value);
	// setUTCFullYear, not Date.UTC: that one reads the years 0–99 as 1900–1999.
	const date = new Date(0);
	date.setUTCFullYear(year, month - 1, day);
	return (
		date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
	);
}

/** Days since 1970-01-01: day arithmetic on integers, never on local time. */
export function dayNumber(iso: string): number {
	const { year, month, day } = parseDay(iso);
	return Date.UTC(year, month - 1, day) / DAY_MS;
}

export function isoFromDayNumber(n: number): string {
	return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
	return isoFromDayNumber(dayNumber(iso) + days);
}

export function clampDay(iso: string, first: string, last: string): string {
	return iso < first ? first : iso > last ? last : iso;
}

export const MONTH_NAMES = MONTHS;
