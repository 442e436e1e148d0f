import { formatDay } from '../dates';
import { comparePlan } from '../compare/compare-plan';
import type { FrontlineFrame } from '../frontlines/store';
import type { FrontlineIndex, FrontlineIndexSource, FrontlineSourceId } from '../frontlines/types';
import { m } from '../paraglide/messages';
import { frontlineCaption, sectionProjection, type HandoutSection } from './sections';
import { viewPath } from './static-map';

/** A printed map's comparison: the other day's front line, in the map's own projection. */
export interface ReferenceLine {
	/** SVG path data in the map's 1000 × 620 viewBox ('' when there is no map for the day). */
	path: string;
	/** The sentence the map's caption adds. */
	caption: string;
}

/** Which assessment's map, and of which date, a section compares with: the app's choice (compare-plan). */
export function referenceFor(
	catalog: FrontlineIndex,
	section: HandoutSection,
	day: string
): { source: FrontlineIndexSource; asOf: string | null; mapSourceLabel: string } {
	const shown = frontlineCaption(catalog, section.mapDay);
	const plan = comparePlan(catalog, shown.sourceId as FrontlineSourceId, section.mapDay, day);
	const mapSource = catalog.sources.find((s) => s.id === shown.sourceId);
	return {
		source: plan.source,
		asOf: plan.reference.asOf,
		mapSourceLabel: mapSource?.label ?? plan.source.label
	};
}

/** The reference line drawn over a section's map, and its caption. */
export function referenceLine(
	section: HandoutSection,
	reference: ReturnType<typeof referenceFor>,
	frame: FrontlineFrame | null
): ReferenceLine {
	const { source, asOf, mapSourceLabel } = reference;
	if (asOf === null || frame === null)
		return { path: '', caption: m.handout_reference_none({ source: source.label }) };
	const projection = sectionProjection(section);
	const path = viewPath(frame.line, projection);
	const date = formatDay(asOf);
	return {
		path,
		caption:
			source.label === mapSourceLabel
				? m.handout_reference_caption({ date, source: source.label })
				: m.handout_reference_caption_other({
						date,
						source: source.label,
						mapSource: mapSourceLabel
					})
	};
}

/** The `compare` parameter of a query string, or null. */
export function compareParam(search: string): string | null {
	return new URLSearchParams(search).get('compare');
}

/** A query string with `compare` set to `value` (or taken out for null), the rest kept. */
export function withCompare(search: string, value: string | null): string {
	const params = new URLSearchParams(search);
	if (value === null) params.delete('compare');
	else params.set('compare', value);
	const query = params.toString();
	return query ? `?${query}` : '';
}
