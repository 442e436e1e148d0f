import { formatDay } from '../dates';
import type { ResolvedView } from './catalog';
import type { FrontlineSourceId } from './types';

/** NZZ's series stops including the areas occupied before 2022 from this update on. */
export const NZZ_DROPS_PRE2022_FROM = '2024-03-13';

/** The sentences the legend shows about what is drawn for a day, in the order shown. */
export function legendNotes(
	resolved: ResolvedView,
	day: string,
	chosen: FrontlineSourceId
): string[] {
	const notes: string[] = [];
	const { source, asOf, substitutedFor } = resolved;
	if (substitutedFor && substitutedFor.id === chosen) {
		notes.push(
			`${substitutedFor.label} data here ends on ${formatDay(substitutedFor.last)}; this day shows ${source.label}.`
		);
	}
	const gap = source.gaps.find((g) => g.date === day);
	if (gap) notes.push(gap.reason);
	else if (asOf === null)
		notes.push(`${source.label} has no map before ${formatDay(source.first)}.`);
	else if (asOf !== day)
		notes.push(`No ${source.label} update for this day: showing the map as of ${formatDay(asOf)}.`);
	if (source.id === 'liveuamap' && day >= NZZ_DROPS_PRE2022_FROM) {
		notes.push(
			'From 13 March 2024 this source no longer includes the parts of Donetsk and Luhansk oblasts occupied before 2022.'
		);
	}
	return notes;
}

export type MapKeySwatch = 'control' | 'advance' | 'counter' | 'occupied' | 'line' | 'compare-line';

/**
 * The map's key for an assessment with these layers: what the legend lists and what an exported
 * video or image carries. `compareLine`: the label of a comparison's dashed line, if one is drawn.
 */
export function mapKeys(
	layers: readonly string[],
	compareLine: string | null = null
): { swatch: MapKeySwatch; label: string }[] {
	const assessed = layers.includes('advance');
	const keys: { swatch: MapKeySwatch; label: string }[] = [
		{ swatch: 'control', label: `Russian-controlled${assessed ? ' (assessed)' : ''}` }
	];
	if (assessed)
		keys.push(
			{ swatch: 'advance', label: 'Russian advances, not held' },
			{ swatch: 'counter', label: 'Ukrainian counteroffensives (claimed)' }
		);
	keys.push(
		{ swatch: 'occupied', label: 'Occupied before 24 Feb 2022' },
		{ swatch: 'line', label: 'Front line' }
	);
	if (compareLine) keys.push({ swatch: 'compare-line', label: compareLine });
	return keys;
}
