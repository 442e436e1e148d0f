import { formatDay } from '../dates';
import type { ResolvedView } from '../frontlines/catalog';
import { mapKeys } from '../frontlines/legend';
import type { ExportCaption } from '../map/burn-in';

/**
 * What a video frame carries: the milestone of the talks (or the atlas's name) as its title, the
 * day with whose map it shows, the map's key and, in a comparison, what the dashed line is.
 */
export function videoCaption(frame: {
	day: string;
	view: ResolvedView | null;
	milestoneTitle: string | null;
	/**
	 * The comparison's reference day (its map's date) and whose map it is, if one is drawn: the
	 * assessment may not be the one the frame shows (see compare-plan.ts), so it is named.
	 */
	reference: { day: string; source: string } | null;
	swipe: boolean;
	/** Side by side: where the divider is, as a fraction of the width. */
	divider?: number | null;
}): Omit<ExportCaption, 'attribution'> {
	const { day, view, reference } = frame;
	let date = formatDay(day);
	if (view?.asOf) {
		date += ` · front lines: ${view.source.label}`;
		if (view.asOf !== day) date += `, map of ${formatDay(view.asOf)}`;
	} else if (view) date += ` · no ${view.source.label} map yet`;
	const compareLine = reference
		? frame.swipe
			? `Left of the divider: ${formatDay(reference.day)} (${reference.source})`
			: `Front line of ${formatDay(reference.day)} (${reference.source}), dashed`
		: null;
	return {
		title: frame.milestoneTitle ?? 'Talks Atlas',
		date,
		keys: mapKeys(view?.source.layers ?? [], frame.swipe ? null : compareLine),
		note: frame.swipe && compareLine ? `${compareLine}; right of it: the day above` : undefined,
		divider: frame.swipe && reference ? (frame.divider ?? undefined) : undefined
	};
}
