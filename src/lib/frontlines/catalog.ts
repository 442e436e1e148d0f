import { DataFileError, fetchJson } from '../data-file';
import { addDays } from '../dates';
import { m } from '../paraglide/messages';
import type { FrontlineIndex, FrontlineIndexSource, FrontlineSourceId } from './types';

export const FRONTLINE_INDEX_URL = '/data/frontlines/index.json';

export async function loadCatalog(fetcher: typeof fetch = fetch): Promise<FrontlineIndex> {
	return checkCatalog(await fetchJson(FRONTLINE_INDEX_URL, fetcher));
}

export function checkCatalog(json: unknown): FrontlineIndex {
	const sources = (json as FrontlineIndex | null)?.sources;
	const valid =
		Array.isArray(sources) &&
		sources.every(
			(s) =>
				typeof s?.id === 'string' &&
				Array.isArray(s.dates) &&
				Array.isArray(s.areaKm2) &&
				s.dates.length === s.areaKm2.length &&
				Array.isArray(s.chunks)
		);
	if (!valid) throw new DataFileError(FRONTLINE_INDEX_URL, m.story_not_frontline_index());
	const index = json as FrontlineIndex;
	return { ...index, sources: index.sources.map(inPageLanguage) };
}

/**
 * A series with its credit and notes in the page's language: the data file's words are English,
 * so the series the atlas draws have theirs translated; a series added later keeps the file's.
 */
function inPageLanguage(source: FrontlineIndexSource): FrontlineIndexSource {
	const credit: Record<string, () => string> = {
		isw: m.story_source_credit_isw,
		liveuamap: m.story_source_credit_liveuamap
	};
	const gaps: Record<string, () => string> = { 'isw/2022-09-29': m.story_source_gap_isw_crimea };
	return {
		...source,
		attribution: credit[source.id]?.() ?? source.attribution,
		gaps: (source.gaps ?? []).map((gap) => ({
			...gap,
			reason: gaps[`${source.id}/${gap.date}`]?.() ?? gap.reason
		}))
	};
}

/** The index in `source.dates` of its latest map on or before `day`, or -1 before it starts. */
export function asOfIndex(source: FrontlineIndexSource, day: string): number {
	const { dates } = source;
	let lo = 0;
	let hi = dates.length - 1;
	let found = -1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		if (dates[mid] <= day) {
			found = mid;
			lo = mid + 1;
		} else hi = mid - 1;
	}
	return found;
}

/** The source's latest date on or before `day` (the state shown that day), or null before it starts. */
export function asOfDate(source: FrontlineIndexSource, day: string): string | null {
	const index = asOfIndex(source, day);
	return index === -1 ? null : source.dates[index];
}

export function chunkFor(source: FrontlineIndexSource, date: string) {
	return source.chunks.find((c) => c.from <= date && date <= c.to) ?? null;
}

export interface ResolvedView {
	/** The source actually drawn. */
	source: FrontlineIndexSource;
	/** The source's date shown for the chosen day, or null if it has none yet. */
	asOf: string | null;
	/** Set when the chosen source has no data for the day and another is shown instead. */
	substitutedFor: FrontlineIndexSource | null;
}

/**
 * Which assessment to draw for a day: the chosen one while it has data, otherwise one that does
 * (after 30 Nov 2022 only liveuamap/NZZ). The caller tells the reader; nothing switches silently.
 */
export function resolveView(
	catalog: FrontlineIndex,
	chosen: FrontlineSourceId,
	day: string
): ResolvedView {
	const preferred = catalog.sources.find((s) => s.id === chosen) ?? catalog.sources[0];
	if (day <= preferred.last) {
		return { source: preferred, asOf: asOfDate(preferred, day), substitutedFor: null };
	}
	const other = catalog.sources.find((s) => s !== preferred && day >= s.first && day <= s.last);
	if (!other) return { source: preferred, asOf: asOfDate(preferred, day), substitutedFor: null };
	return { source: other, asOf: asOfDate(other, day), substitutedFor: preferred };
}

/**
 * The frames a reader moving up to `reach` days either way from `day` would see, nearest first
 * (the next day before the day before), other than the one shown: worth preparing ahead while the
 * page is idle, so that going there only hands the map what is ready.
 */
export function adjacentViews(
	catalog: FrontlineIndex,
	chosen: FrontlineSourceId,
	day: string,
	reach = 1
): { source: FrontlineIndexSource; asOf: string }[] {
	const shown = resolveView(catalog, chosen, day);
	const found: { source: FrontlineIndexSource; asOf: string }[] = [];
	const seen = new Set([`${shown.source.id}/${shown.asOf}`]);
	for (let distance = 1; distance <= reach; distance++) {
		for (const next of [addDays(day, distance), addDays(day, -distance)]) {
			const { source, asOf } = resolveView(catalog, chosen, next);
			if (asOf === null || seen.has(`${source.id}/${asOf}`)) continue;
			seen.add(`${source.id}/${asOf}`);
			found.push({ source, asOf });
		}
	}
	return found;
}
