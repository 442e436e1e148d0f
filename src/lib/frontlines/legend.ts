import { formatDay, formatDayShort } from '../dates';
import { m } from '../paraglide/messages';
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
			m.story_note_substituted({
				chosen: substitutedFor.label,
				date: formatDay(substitutedFor.last),
				source: source.label
			})
		);
	}
	const gap = source.gaps.find((g) => g.date === day);
	if (gap) notes.push(gap.reason);
	else if (asOf === null)
		notes.push(m.story_note_no_map_before({ source: source.label, date: formatDay(source.first) }));
	else if (asOf !== day)
		notes.push(m.story_note_no_update({ source: source.label, date: formatDay(asOf) }));
	if (source.id === 'liveuamap' && day >= NZZ_DROPS_PRE2022_FROM) {
		notes.push(m.story_note_nzz_pre2022({ date: formatDay(NZZ_DROPS_PRE2022_FROM) }));
	}
	return notes;
}

export type MapKeySwatch = 'control' | 'advance' | 'counter' | 'occupied' | 'line' | 'compare-line';

/** The day the full-scale invasion began. */
const INVASION_DAY = '2022-02-24';

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
		{
			swatch: 'control',
			label: assessed ? m.story_key_control_assessed() : m.story_key_control()
		}
	];
	if (assessed)
		keys.push(
			{ swatch: 'advance', label: m.story_key_advance() },
			{ swatch: 'counter', label: m.story_key_counter() }
		);
	keys.push(
		{ swatch: 'occupied', label: m.story_key_occupied({ date: formatDayShort(INVASION_DAY) }) },
		{ swatch: 'line', label: m.story_key_front_line() }
	);
	if (compareLine) keys.push({ swatch: 'compare-line', label: compareLine });
	return keys;
}
