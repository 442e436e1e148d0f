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

/** "28 February 2022"; with `month` precision "February 2022". */
export function formatDay(iso: string, precision: DatePrecision = 'day'): string {
	const { year, month, day } = parseDay(iso);
	if (precision === 'month') return `${MONTHS[month - 1]} ${year}`;
	const text = `${day} ${MONTHS[month - 1]} ${year}`;
	return precision === 'approximate' ? `about ${text}` : text;
}

/** A day or a range "2–4 April 2022" / "29 March – 8 April 2022", with its precision. */
export function formatEventDate(date: string, precision: DatePrecision): string {
	const [start, end] = date.split('/');
	if (!end) return formatDay(start, precision);
	const a = parseDay(start);
	const b = parseDay(end);
	const prefix = precision === 'approximate' ? 'about ' : '';
	if (a.year === b.year && a.month === b.month) {
		return `${prefix}${a.day}–${b.day} ${MONTHS[b.month - 1]} ${b.year}`;
	}
	if (a.year === b.year) {
		return `${prefix}${a.day} ${MONTHS[a.month - 1]} – ${b.day} ${MONTHS[b.month - 1]} ${b.year}`;
	}
	return `${prefix}${formatDay(start)} – ${formatDay(end)}`;
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
