import { formatDay } from '../dates';
import { asOfIndex } from '../frontlines/catalog';
import { NZZ_DROPS_PRE2022_FROM } from '../frontlines/legend';
import type { FrontlineIndex, FrontlineIndexSource, FrontlineSourceId } from '../frontlines/types';
import { m } from '../paraglide/messages';

export interface CompareDay {
	/** The day asked for. */
	day: string;
	/** The assessment's map shown for it (its latest on or before the day), or null before it starts. */
	asOf: string | null;
	/** The controlled area that map gives, from the same series as the scrubber's chart. */
	km2: number | null;
}

/** How two days are compared: both read from one assessment, so the change is its own. */
export interface ComparePlan {
	source: FrontlineIndexSource;
	reference: CompareDay;
	current: CompareDay;
	/** The map shows another assessment for the current day (one of them has no data there). */
	otherThanShown: boolean;
	/** Sentences the legend adds about the comparison. */
	notes: string[];
}

const covers = (source: FrontlineIndexSource, day: string) =>
	day >= source.first && day <= source.last;

function compareDay(source: FrontlineIndexSource, day: string): CompareDay {
	const index = asOfIndex(source, day);
	if (index === -1) return { day, asOf: null, km2: null };
	return { day, asOf: source.dates[index], km2: source.areaKm2[index] };
}

/**
 * Which assessment two days are compared in: the one shown if it covers both, else one that does
 * (liveuamap/NZZ runs through the whole span; ISW/CTP's ends in November 2022). Comparing two
 * assessments with each other would show their different methods as changes on the ground.
 */
export function comparePlan(
	catalog: FrontlineIndex,
	shown: FrontlineSourceId,
	current: string,
	reference: string
): ComparePlan {
	const shownSource = catalog.sources.find((s) => s.id === shown) ?? catalog.sources[0];
	const both = (s: FrontlineIndexSource) => covers(s, current) && covers(s, reference);
	const source = both(shownSource) ? shownSource : (catalog.sources.find(both) ?? shownSource);
	const plan: ComparePlan = {
		source,
		reference: compareDay(source, reference),
		current: compareDay(source, current),
		otherThanShown: source !== shownSource,
		notes: []
	};
	if (plan.otherThanShown)
		plan.notes.push(
			m.atlas_compare_other_source({ shown: shownSource.label, source: source.label })
		);
	const [early, late] = [plan.reference.asOf, plan.current.asOf].sort();
	if (
		source.id === 'liveuamap' &&
		early !== null &&
		late !== null &&
		early < NZZ_DROPS_PRE2022_FROM &&
		late >= NZZ_DROPS_PRE2022_FROM
	)
		plan.notes.push(m.atlas_compare_nzz_note({ date: formatDay(NZZ_DROPS_PRE2022_FROM) }));
	return plan;
}
