import { clampDay, formatDay, isIsoDay } from '../dates';
import type { FrontlineSourceId } from '../frontlines/types';
import { DATA_FIRST, DATA_LAST, DEFAULT_DATE } from '../frontlines/range';
import { m } from '../paraglide/messages';
import type { TreatyDocumentId } from '../content/treaty';
import { parseThemeParam, type Theme } from '../theme';
import { quoteNames, shorten } from '../reflected-text';
import { CHAPTER_IDS, chapterOf, isChapterId, type ChapterId } from '../story/chapters';
import {
	isTreatyDocument,
	parseLayerList,
	TREATY_LAYER_IDS,
	type TreatyLayerId
} from '../treaty/layers';

/** The part of the app's state that lives in the URL. */
export interface ViewParams {
	date: string;
	source: FrontlineSourceId;
	/** A milestone the reader went to; its start is `date`. */
	milestone: string | null;
	/** Where the reader moved the map: [longitude, latitude, zoom]; null while the story frames it. */
	camera?: Camera | null;
	/** Treaty layers the URL names (possibly none); null: whatever the milestone opens. */
	layers?: TreatyLayerId[] | null;
	/** Whose guarantors the guarantor layer shows; null: the default or the milestone's. */
	document?: TreatyDocumentId | null;
	/** `present`: the classroom slide view; absent: the atlas. */
	mode?: 'present' | null;
	/** Dark or high contrast; absent: light. */
	theme?: Theme | null;
	/** The chapter in focus; null: the one the date falls in (and then not written). */
	chapter?: ChapterId | null;
	/** A day (`YYYY-MM-DD`) or a milestone id whose front line is drawn for comparison. */
	compare?: string | null;
	/** The comparison as two halves of the map with a divider (`swipe=1`), not overlaid. */
	swipe?: boolean | null;
}

export type Camera = [number, number, number];

export const DEFAULT_VIEW: ViewParams = {
	date: DEFAULT_DATE,
	source: 'isw',
	milestone: null,
	camera: null,
	layers: null,
	document: null,
	mode: null,
	theme: null,
	chapter: null,
	compare: null,
	swipe: null
};

/** A plain decimal number: no hex, binary, octal, exponent or blank (which `Number()` takes). */
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * `lon,lat,zoom` anywhere on a Mercator map, or null. The guarantor layer lets the camera roam the
 * world; without it the map itself pulls a far-off camera back to its bounds.
 */
export function parseCamera(text: string): Camera | null {
	const texts = text.split(',');
	if (texts.length !== 3 || !texts.every((t) => DECIMAL.test(t))) return null;
	const [lon, lat, zoom] = texts.map(Number);
	if (Math.abs(lon) > 180 || Math.abs(lat) > 85 || zoom < 0 || zoom > 9) return null;
	return [lon, lat, zoom];
}

/** The start day of a milestone by id, or null if there is none. */
export type MilestoneLookup = (id: string) => string | null;

const SOURCES: readonly FrontlineSourceId[] = ['isw', 'liveuamap'];

/** The parameters the atlas reads; any other is kept in the URL untouched. */
export const VIEW_KEYS = [
	'date',
	'source',
	'milestone',
	'play',
	'camera',
	'layers',
	'treaty',
	'mode',
	'theme',
	'chapter',
	'compare',
	'swipe'
] as const;

/**
 * Reads `?date=YYYY-MM-DD&source=isw|liveuamap`. Anything invalid falls back to the nearest valid
 * view, and each change is described in words so the page can tell the reader what it did. Never
 * throws, whatever the string.
 */
export function parseViewParams(
	search: string,
	milestoneStart: MilestoneLookup = () => null
): { view: ViewParams; notices: string[]; autoplay: boolean } {
	const params = new URLSearchParams(search);
	const notices: string[] = [];
	const view: ViewParams = { ...DEFAULT_VIEW };

	// A key given twice: the first counts, and saying so rewrites the URL without the others.
	const repeated = VIEW_KEYS.filter((key) => params.getAll(key).length > 1);
	if (repeated.length > 0)
		notices.push(m.atlas_notice_repeated({ names: quoteNames(repeated), count: repeated.length }));

	// A milestone decides the day: read it first, so a date's notice names the day shown.
	const milestone = params.get('milestone');
	let missingMilestone: string | null = null;
	if (milestone !== null) {
		const start = milestoneStart(milestone);
		if (start === null) missingMilestone = shorten(milestone);
		else {
			view.milestone = milestone;
			view.date = start;
		}
	}

	const date = params.get('date');
	if (date !== null) {
		if (!isIsoDay(date)) {
			notices.push(m.atlas_notice_bad_date({ value: shorten(date), date: formatDay(view.date) }));
		} else if (view.milestone !== null) {
			if (date !== view.date)
				notices.push(
					m.atlas_notice_date_not_used({ start: formatDay(view.date), date: formatDay(date) })
				);
		} else {
			const clamped = clampDay(date, DATA_FIRST, DATA_LAST);
			if (clamped !== date) {
				const said = { date: formatDay(date), shown: formatDay(clamped) };
				notices.push(
					date < DATA_FIRST ? m.atlas_notice_before_data(said) : m.atlas_notice_after_data(said)
				);
			}
			view.date = clamped;
		}
	}
	if (missingMilestone !== null)
		notices.push(
			m.atlas_notice_no_milestone({ milestone: missingMilestone, date: formatDay(view.date) })
		);

	const camera = params.get('camera');
	if (camera !== null) {
		view.camera = parseCamera(camera);
		if (!view.camera) notices.push(m.atlas_notice_bad_camera({ value: shorten(camera) }));
	}

	const layers = params.get('layers');
	if (layers !== null) {
		const parsed = parseLayerList(layers);
		view.layers = parsed.layers;
		if (parsed.unknown.length > 0)
			notices.push(
				m.atlas_notice_bad_layers({
					names: quoteNames(parsed.unknown),
					count: parsed.unknown.length,
					layers: TREATY_LAYER_IDS.join(', ')
				})
			);
	}

	const document = params.get('treaty');
	if (document !== null) {
		if (!isTreatyDocument(document))
			notices.push(m.atlas_notice_bad_treaty({ value: shorten(document) }));
		// Whose guarantors is a setting of the guarantor layer; links name the layers with it.
		else if (!view.layers?.includes('guarantors'))
			notices.push(m.atlas_notice_treaty_unused({ document }));
		else view.document = document;
	}

	const mode = params.get('mode');
	if (mode === 'present') view.mode = 'present';
	else if (mode !== null) notices.push(m.atlas_notice_bad_mode({ value: shorten(mode) }));

	const theme = params.get('theme');
	if (theme !== null) {
		const parsed = parseThemeParam(theme);
		view.theme = parsed.theme === 'light' ? null : parsed.theme;
		if (parsed.notice) notices.push(parsed.notice);
	}

	const chapter = params.get('chapter');
	if (chapter !== null) {
		if (isChapterId(chapter)) view.chapter = chapter;
		else
			notices.push(
				m.atlas_notice_bad_chapter({
					value: shorten(chapter),
					chapters: CHAPTER_IDS.join(', '),
					date: formatDay(view.date)
				})
			);
	}

	const compare = params.get('compare');
	if (compare !== null) {
		const read = parseCompare(compare, milestoneStart);
		view.compare = read.compare;
		if (read.notice) notices.push(read.notice);
	}

	const swipe = params.get('swipe');
	if (swipe !== null) {
		if (swipe !== '1') notices.push(m.atlas_notice_bad_swipe({ value: shorten(swipe) }));
		else if (!view.compare) notices.push(m.atlas_notice_swipe_unused());
		else view.swipe = true;
	}

	const source = params.get('source');
	if (source !== null) {
		if ((SOURCES as readonly string[]).includes(source)) view.source = source as FrontlineSourceId;
		else notices.push(m.atlas_notice_bad_source({ value: shorten(source) }));
	}
	// `play=1` asks for playback once, when the page opens; it is not written back.
	return { view, notices, autoplay: params.get('play') === '1' };
}

/**
 * `compare=`: a day in the data's range (one outside is moved to its edge, and said so) or a
 * milestone id, kept as given so a link stays readable; anything else, no comparison.
 */
export function parseCompare(
	text: string,
	milestoneStart: MilestoneLookup
): { compare: string | null; notice: string | null } {
	if (isIsoDay(text)) {
		const clamped = clampDay(text, DATA_FIRST, DATA_LAST);
		if (clamped === text) return { compare: clamped, notice: null };
		const said = { date: formatDay(text), shown: formatDay(clamped) };
		const notice =
			text < DATA_FIRST
				? m.atlas_notice_compare_before_data(said)
				: m.atlas_notice_compare_after_data(said);
		return { compare: clamped, notice };
	}
	if (milestoneStart(text) !== null) return { compare: text, notice: null };
	return {
		compare: null,
		notice: m.atlas_notice_bad_compare({ value: shorten(text) })
	};
}

/** The day a `compare` value stands for: the date itself, or the milestone's first day. */
export function compareDay(compare: string | null, milestoneStart: MilestoneLookup): string | null {
	if (compare === null) return null;
	return isIsoDay(compare) ? compare : milestoneStart(compare);
}

/** The query string for a view; defaults are left out so plain links stay plain. */
export function viewSearch(view: ViewParams, keep = ''): string {
	const params = new URLSearchParams(keep);
	for (const key of VIEW_KEYS) params.delete(key);
	if (view.milestone !== null) params.set('milestone', view.milestone);
	params.set('date', view.date);
	if (view.source !== DEFAULT_VIEW.source) params.set('source', view.source);
	if (view.mode === 'present') params.set('mode', 'present');
	if (view.theme) params.set('theme', view.theme);
	if (view.chapter && view.chapter !== chapterOf(view.date)) params.set('chapter', view.chapter);
	if (view.compare) params.set('compare', view.compare);
	if (view.compare && view.swipe) params.set('swipe', '1');
	if (view.layers) params.set('layers', view.layers.join(','));
	if (view.layers && view.document) params.set('treaty', view.document);
	if (view.camera) {
		const [lon, lat, zoom] = view.camera;
		params.set('camera', `${lon.toFixed(3)},${lat.toFixed(3)},${zoom.toFixed(2)}`);
	}
	return `?${params.toString()}`;
}
