import type { Milestone, MilestoneKind } from '../content/milestones';
import { VENUES_BY_ID, type Venue } from '../content/venues';
import { formatDay, formatEventDate } from '../dates';
import { resolveView } from '../frontlines/catalog';
import { legendNotes } from '../frontlines/legend';
import type { FrontlineIndex, FrontlineSourceId } from '../frontlines/types';
import { ISW_LAST } from '../frontlines/range';
import { DATA_BOUNDS } from '../vocabulary';
import { chapterMilestones, type ChapterId } from '../story/chapters';
import { endOf, isTalksMilestone, KIND_LABELS, startOf } from '../story/milestones';
import { formatNumber, localePath } from '../i18n/locale';
import { m } from '../paraglide/messages';
import { boxAround, fitMercator, type FittedProjection, type LonLatBox } from './projection';
import type { ResolvedPathname } from '$app/types';

/** Ukraine with a little of its neighbours: every handout map shows the whole country. */
export const UKRAINE_BOX: LonLatBox = [22.1, 44.35, 40.25, 52.4];

/** The handout's maps, in SVG units: 1000 across, the shape of the printed figure. */
export const MAP_WIDTH = 1000;
export const MAP_HEIGHT = 620;

/**
 * The front-line series a handout map draws: ISW/CTP, the atlas's default, while it runs (to
 * 30 November 2022); liveuamap/NZZ after it.
 */
export function handoutSource(day: string): FrontlineSourceId {
	return day <= ISW_LAST ? 'isw' : 'liveuamap';
}

export interface HandoutCover {
	title: string;
	heading: string;
	intro: string;
	textCredit: string;
}

/** What a chapter's handout says on its cover, in the page's language. */
export function handoutCover(chapter: ChapterId): HandoutCover {
	switch (chapter) {
		case 'spring-2022':
			return {
				title: m.handout_cover_spring_title(),
				heading: m.handout_cover_spring_heading(),
				intro: m.handout_cover_spring_intro(),
				textCredit: m.handout_cover_spring_credit()
			};
		case 'looking-back':
			return {
				title: m.handout_cover_looking_back_title(),
				heading: m.handout_cover_looking_back_heading(),
				intro: m.handout_cover_looking_back_intro(),
				textCredit: m.handout_cover_looking_back_credit()
			};
		case 'talks-resumed':
			return {
				title: m.handout_cover_resumed_title(),
				heading: m.handout_cover_resumed_heading(),
				intro: m.handout_cover_resumed_intro(),
				textCredit: m.handout_cover_resumed_credit()
			};
	}
}

export interface HandoutSection {
	/** 1-based, as printed. */
	number: number;
	milestone: Milestone;
	kindLabel: string;
	dateLabel: string;
	/** The day the map shows: the milestone's first day. */
	mapDay: string;
	venues: Venue[];
	/** What the map's venue pin is, or why there is none. */
	venueNote: string;
	mapPath: string;
	mapAlt: string;
}

/** Why a milestone's map has no venue pin. */
function noVenue(kind: MilestoneKind): string {
	switch (kind) {
		case 'video-round':
			return m.handout_no_venue_video();
		case 'document':
			return m.handout_no_venue_document();
		case 'statement':
			return m.handout_no_venue_statement();
		case 'later-account':
			return m.handout_no_venue_account();
		default:
			return m.handout_no_venue();
	}
}

/** A section's printed map, drawn in the page's language (`/uk/handout/maps/…` in Ukrainian). */
export function mapPath(id: string): string {
	return localePath(`/handout/maps/${id}.svg` as ResolvedPathname);
}

/** One section per talks milestone of a chapter (or of the whole story), numbered in order. */
export function handoutSections(
	milestones: readonly Milestone[],
	chapter?: ChapterId
): HandoutSection[] {
	const shown = chapter ? chapterMilestones(milestones, chapter) : milestones;
	return shown.filter(isTalksMilestone).map((milestone, i) => {
		const venues = milestone.venues.flatMap((id) => VENUES_BY_ID.get(id) ?? []);
		const mapDay = startOf(milestone);
		const onMap = venues.filter(onHandoutMap);
		const date = formatDay(mapDay);
		return {
			number: i + 1,
			milestone,
			kindLabel: KIND_LABELS[milestone.kind],
			dateLabel: formatEventDate(milestone.date, milestone.precision),
			mapDay,
			venues,
			venueNote: venueNote(milestone, venues),
			mapPath: mapPath(milestone.id),
			mapAlt: onMap.length
				? m.handout_map_alt_venues({ date, venues: onMap.map((v) => v.mapLabel).join(', ') })
				: m.handout_map_alt({ date })
		};
	});
}

/**
 * Whether a venue is drawn on the handout's map: the maps show the detailed region (Ukraine and
 * its neighbours); the later talks' venues far from it (Riyadh, Anchorage, Geneva) are named in
 * the caption instead of shrinking Ukraine to a speck.
 */
export function onHandoutMap(venue: Venue): boolean {
	const [[west, south], [east, north]] = DATA_BOUNDS;
	const [lon, lat] = venue.lonLat;
	return lon >= west && lon <= east && lat >= south && lat <= north;
}

function venueNote(milestone: Milestone, venues: Venue[]): string {
	if (venues.length === 0) return noVenue(milestone.kind);
	const named = venues.map((v) => {
		const details = [v.place];
		// How far off the pin may be; why (a site never disclosed, a building not geocoded) is
		// in the venue's own note.
		if (v.precision === 'approximate')
			details.push(m.handout_venue_approximate({ km: formatNumber(v.uncertaintyKm ?? 0) }));
		if (!onHandoutMap(v)) details.push(m.handout_venue_beyond_map());
		return `${v.name} (${details.join('; ')})`;
	});
	const list = named.join('; ');
	return venues.length > 1
		? m.handout_venues_note({ venues: list })
		: m.handout_venue_note({ venues: list });
}

/** What a section's map frames: all of Ukraine, widened to take in the venues drawn on it. */
export function sectionBox(section: HandoutSection): LonLatBox {
	const drawn = section.venues.filter(onHandoutMap);
	return boxAround(
		UKRAINE_BOX,
		drawn.map((v) => v.lonLat),
		drawn.length ? 0.06 : 0
	);
}

/** The projection of a section's map: the build's SVG and any line drawn over it share it. */
export function sectionProjection(section: HandoutSection): FittedProjection {
	return fitMercator(sectionBox(section), MAP_WIDTH, MAP_HEIGHT, 14);
}

/** Which assessment the map of `day` draws, and the legend's notes about it. */
export interface FrontlineCaption {
	sourceId: string;
	asOf: string | null;
	text: string;
	notes: string[];
}

export function frontlineCaption(catalog: FrontlineIndex, day: string): FrontlineCaption {
	const chosen = handoutSource(day);
	const resolved = resolveView(catalog, chosen, day);
	const { source, asOf } = resolved;
	const text = asOf
		? m.handout_caption_frontline({ source: source.label, date: formatDay(asOf) })
		: m.handout_caption_no_frontline({ source: source.label });
	return { sourceId: source.id, asOf, text, notes: legendNotes(resolved, day, chosen) };
}

/** The span the handout covers: the talks themselves, and the later accounts after them. */
export function handoutPeriod(sections: readonly HandoutSection[]): {
	talks: string;
	accounts: string | null;
} {
	const talks = sections.filter((s) => s.milestone.kind !== 'later-account');
	const accounts = sections.filter((s) => s.milestone.kind === 'later-account');
	const span = (list: readonly HandoutSection[]) => {
		const first = list[0].mapDay;
		const last = endOf(list.at(-1)!.milestone);
		return `${formatDay(first)} – ${formatDay(last)}`;
	};
	return {
		talks: talks.length ? span(talks) : '',
		accounts: accounts.length ? span(accounts) : null
	};
}
