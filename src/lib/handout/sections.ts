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
import { boxAround, fitMercator, type FittedProjection, type LonLatBox } from './projection';

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

/** What a chapter's handout says on its cover. */
export const HANDOUT_COVERS: Record<
	ChapterId,
	{ title: string; heading: string; intro: string; textCredit: string }
> = {
	'spring-2022': {
		title: 'the spring-2022 Russia–Ukraine peace talks',
		heading: 'The spring-2022 Russia–Ukraine peace talks',
		intro:
			'Within days of Russia’s full-scale invasion on 24 February 2022, Russian and Ukrainian delegations began to meet. This handout follows the talks step by step: each page is one milestone, with a map of the front line on that day, where the delegations met, what happened, and the sources for it. Where sources disagree, or a date is only approximate, the page says so.',
		textCredit:
			'The account follows Samuel Charap and Sergey Radchenko, “The Talks That Could Have Ended the War in Ukraine”, Foreign Affairs (April 2024), checked against contemporary reports.'
	},
	'looking-back': {
		title: 'the 2022 talks looked back on, 2022–2024',
		heading: 'Looking back on the 2022 talks, 2022–2024',
		intro:
			'After the talks stopped in May 2022, their drafts did not go away: participants described them, leaders showed and quoted them, and newspapers published them. This handout follows those later accounts step by step, each page with a map of the front line on the day. Each account is attributed to whoever gave it; where sources disagree, the page says so.',
		textCredit:
			'Later accounts are cited to the interviews, speeches and reports they come from, and checked against Foreign Affairs (April 2024) where it discusses them.'
	},
	'talks-resumed': {
		title: 'the Russia–Ukraine talks of 2025–2026',
		heading: 'The talks resumed, 2025–2026',
		intro:
			'In 2025 talks about ending the war began again: first between the United States and each side, then between Russian and Ukrainian delegations in Istanbul, and from 2026 in three-way rounds. This handout follows them step by step, each page with a map of the front line on the day, where the delegations met, what each side said, and the sources. Claims are attributed to those who made them; where sources disagree, or a date is only approximate, the page says so.',
		textCredit:
			'The account rests on contemporary news reports and official statements, each named on its page; partisan outlets are cited only for what their side said.'
	}
};

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

const NO_VENUE: Partial<Record<MilestoneKind, string>> = {
	'video-round': 'Held by video link: no venue to mark.',
	document: 'A draft text exchanged between the delegations: no venue to mark.',
	statement: 'A statement, not a meeting: no venue to mark.',
	'later-account': 'A later account: the map shows how things stood on the day it appeared.'
};

export function mapPath(id: string): string {
	return `/handout/maps/${id}.svg`;
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
		const where = onMap.length ? ` and ${onMap.map((v) => v.mapLabel).join(', ')}` : '';
		return {
			number: i + 1,
			milestone,
			kindLabel: KIND_LABELS[milestone.kind],
			dateLabel: formatEventDate(milestone.date, milestone.precision),
			mapDay,
			venues,
			venueNote: venueNote(milestone, venues),
			mapPath: mapPath(milestone.id),
			mapAlt: `Map of Ukraine on ${formatDay(mapDay)}: the front line${where}.`
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
	if (venues.length === 0) return NO_VENUE[milestone.kind] ?? 'No venue to mark.';
	const named = venues.map((v) => {
		const details = [v.place];
		// How far off the pin may be; why (a site never disclosed, a building not geocoded) is
		// in the venue's own note.
		if (v.precision === 'approximate')
			details.push(`approximate location, within about ${v.uncertaintyKm} km`);
		if (!onHandoutMap(v)) details.push('beyond this map');
		return `${v.name} (${details.join('; ')})`;
	});
	return `${venues.length > 1 ? 'Venues' : 'Venue'}: ${named.join('; ')}.`;
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
		? `Front line: ${source.label} assessment as of ${formatDay(asOf)}.`
		: `Front line: none (${source.label} has no map for this day).`;
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
