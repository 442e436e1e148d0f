import { formatDay } from '../dates';
import type { ResolvedView } from '../frontlines/catalog';
import { mapKeys } from '../frontlines/legend';
import type { ExportCaption } from '../map/burn-in';
import { m } from '../paraglide/messages';

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
	const shown = formatDay(day);
	const source = view?.source.label ?? '';
	const date = !view
		? shown
		: !view.asOf
			? m.present_caption_no_map({ day: shown, source })
			: view.asOf === day
				? m.present_caption_source({ day: shown, source })
				: m.present_caption_source_older({ day: shown, source, asOf: formatDay(view.asOf) });
	const compared = reference ? { date: formatDay(reference.day), source: reference.source } : null;
	return {
		title: frame.milestoneTitle ?? m.site_title(),
		date,
		keys: mapKeys(
			view?.source.layers ?? [],
			compared && !frame.swipe ? m.present_caption_compare(compared) : null
		),
		note: compared && frame.swipe ? m.present_caption_swipe(compared) : undefined,
		divider: frame.swipe && reference ? (frame.divider ?? undefined) : undefined
	};
}
