import { dayNumber, isoFromDayNumber, monthShort } from '../dates';

export type ScaleMode = 'talks' | 'war';

export interface TimeScale {
	first: string;
	last: string;
	/** 0 at `first`, 1 at `last`. */
	toFraction(iso: string): number;
	/** The day at a position, rounded to the nearest day and clamped to the range. */
	fromFraction(fraction: number): string;
}

export interface Focus {
	from: string;
	to: string;
	/** Share of the width the focus window gets. */
	share: number;
}

/**
 * Day ↔ position on the scrubber. In `talks` mode the focus window (a chapter of the talks) gets
 * `share` of the width and the days before and after it share the rest evenly; in `war` mode
 * days are even.
 */
export function timeScale(first: string, last: string, mode: ScaleMode, focus: Focus): TimeScale {
	const a = dayNumber(first);
	const z = dayNumber(last);
	const stops = mode === 'talks' ? focusStops(a, z, focus) : evenStops(a, z);
	const toFraction = (iso: string) => interpolate(stops, dayNumber(iso));
	const fromFraction = (fraction: number) => {
		const inverse = stops.map(([d, f]) => [f, d] as [number, number]);
		const day = Math.round(interpolate(inverse, Math.min(1, Math.max(0, fraction))));
		return isoFromDayNumber(Math.min(z, Math.max(a, day)));
	};
	return { first, last, toFraction, fromFraction };
}

function evenStops(a: number, z: number): [number, number][] {
	return [
		[a, 0],
		[z, 1]
	];
}

function focusStops(a: number, z: number, focus: Focus): [number, number][] {
	const from = Math.max(a, dayNumber(focus.from));
	const to = Math.min(z, dayNumber(focus.to));
	const outside = from - a + (z - to);
	// A window that is the whole range (or not in it) leaves nothing to compress.
	if (to <= from || outside <= 0) return evenStops(a, z);
	const before = ((from - a) / outside) * (1 - focus.share);
	const stops: [number, number][] = [[a, 0]];
	if (from > a) stops.push([from, before]);
	if (to < z) stops.push([to, before + focus.share]);
	stops.push([z, 1]);
	return stops;
}

function interpolate(stops: [number, number][], x: number): number {
	if (x <= stops[0][0]) return stops[0][1];
	for (let i = 1; i < stops.length; i++) {
		const [x0, y0] = stops[i - 1];
		const [x1, y1] = stops[i];
		if (x <= x1) return y0 + ((x - x0) / (x1 - x0 || 1)) * (y1 - y0);
	}
	return stops[stops.length - 1][1];
}

/** Room a tick's label takes to the right of its tick ("2026" or "May" at the scrubber's size). */
const LABEL_PX = 30;

export interface Tick {
	iso: string;
	fraction: number;
	label: string | null;
	yearStart: boolean;
}

/**
 * A tick at the start of each month; labels where there is room (`minGapPx` apart), with year
 * starts labelled first so the reader always knows the year.
 */
export function monthTicks(scale: TimeScale, widthPx: number, minGapPx = 36): Tick[] {
	const ticks: Tick[] = [];
	let [year, month] = scale.first.split('-').map(Number);
	for (;;) {
		const iso = `${year}-${String(month).padStart(2, '0')}-01`;
		if (iso > scale.last) break;
		if (iso >= scale.first) {
			ticks.push({ iso, fraction: scale.toFraction(iso), label: null, yearStart: month === 1 });
		}
		month += 1;
		if (month > 12) [year, month] = [year + 1, 1];
	}
	const labelled: number[] = [];
	// A label reads rightwards from its tick: one with no room before the track's end is left out
	// (it would overflow the page on a phone).
	const fits = (x: number) =>
		x + LABEL_PX <= widthPx && labelled.every((other) => Math.abs(other - x) >= minGapPx);
	for (const pass of [true, false]) {
		for (const tick of ticks) {
			if (tick.yearStart !== pass || tick.label !== null) continue;
			const x = tick.fraction * widthPx;
			if (!fits(x)) continue;
			const [y, m] = tick.iso.split('-').map(Number);
			tick.label = m === 1 ? String(y) : monthShort(m);
			labelled.push(x);
		}
	}
	return ticks;
}

/**
 * An SVG path for a series that holds each value until the next date (a step line), scaled to
 * `width` × `height` with `range` mapped to the full height, with at most one vertex pair per
 * pixel column. It ends a day after the series' last date, not at the edge of the scale.
 */
export function stepAreaPath(
	dates: readonly string[],
	values: readonly number[],
	scale: TimeScale,
	width: number,
	height: number,
	range: [number, number]
): string {
	const [low, high] = range;
	if (dates.length === 0 || high <= low) return '';
	const y = (v: number) => (height - ((v - low) / (high - low)) * height).toFixed(1);
	const parts: string[] = [`M0,${height}`];
	let lastX = -1;
	for (let i = 0; i < dates.length; i++) {
		if (dates[i] > scale.last) break;
		const x = Math.round(scale.toFraction(dates[i]) * width);
		if (x === lastX && i < dates.length - 1) continue;
		if (i > 0) parts.push(`L${x},${y(values[i - 1])}`);
		parts.push(`L${x},${y(values[i])}`);
		lastX = x;
	}
	const lastDate = dates[dates.length - 1];
	const end =
		lastDate >= scale.last
			? width
			: Math.round(scale.toFraction(isoFromDayNumber(dayNumber(lastDate) + 1)) * width);
	parts.push(`L${end},${y(values[values.length - 1])}`, `L${end},${height}Z`);
	return parts.join('');
}

/** The APG slider keys: ←/→ and ↓/↑ one day, PageDown/PageUp a week, Home/End the ends. */
export function keyTarget(key: string, date: string, first: string, last: string): string | null {
	const day = dayNumber(date);
	const step: Record<string, number> = {
		ArrowLeft: -1,
		ArrowDown: -1,
		ArrowRight: 1,
		ArrowUp: 1,
		PageDown: -7,
		PageUp: 7
	};
	if (key === 'Home') return first;
	if (key === 'End') return last;
	if (!(key in step)) return null;
	const next = isoFromDayNumber(day + step[key]);
	return next < first ? first : next > last ? last : next;
}

/**
 * The mark a drag at `x` (pixels along the track) snaps to: the nearest within reach, so a
 * milestone is easy to land on with a mouse or a finger. Null when none is that close.
 *
 * The reach is `radiusPx` where days are narrower than a pixel or two, and shrinks to the mark's
 * own day where days are wide: there every day can be aimed at, and a wider pull would make the
 * days beside a milestone unreachable by dragging (they are often the days that matter).
 */
export function snapMark<T extends { date: string }>(
	x: number,
	marks: readonly T[],
	scale: TimeScale,
	widthPx: number,
	radiusPx = 6
): T | null {
	let best: T | null = null;
	let bestDistance = Infinity;
	for (const mark of marks) {
		const at = scale.toFraction(mark.date) * widthPx;
		const distance = Math.abs(at - x);
		if (distance <= reach(mark.date, scale, widthPx, radiusPx) && distance < bestDistance) {
			best = mark;
			bestDistance = distance;
		}
	}
	return best;
}

function reach(date: string, scale: TimeScale, widthPx: number, radiusPx: number): number {
	const day = dayNumber(date);
	const neighbour = day < dayNumber(scale.last) ? day + 1 : day - 1;
	const dayPx =
		Math.abs(scale.toFraction(isoFromDayNumber(neighbour)) - scale.toFraction(date)) * widthPx;
	return Math.min(radiusPx, Math.max(dayPx / 2, radiusPx - dayPx));
}
