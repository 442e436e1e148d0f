import type { Milestone, MilestoneKind } from '../content/milestones';
import { VENUES_BY_ID, type Venue } from '../content/venues';
import { formatDay, formatEventDate } from '../dates';
import { resolveView } from '../frontlines/catalog';
import { legendNotes } from '../frontlines/legend';
import type { FrontlineIndex, FrontlineSourceId } from '../frontlines/types';
import { endOf, isTalksMilestone, KIND_LABELS, startOf } from '../story/milestones';
import { boxAround, type LonLatBox } from './projection';

/** Ukraine with a little of its neighbours: every handout map shows the whole country. */
export const UKRAINE_BOX: LonLatBox = [22.1, 44.35, 40.25, 52.4];

/** The handout's maps, in SVG units: 1000 across, the shape of the printed figure. */
export const MAP_WIDTH = 1000;
export const MAP_HEIGHT = 620;

/** The front-line series the handout draws: the atlas's default, as the app opens. */
export const HANDOUT_SOURCE: FrontlineSourceId = 'isw';

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

/** One section per talks milestone, numbered in the story's order. */
export function handoutSections(milestones: readonly Milestone[]): HandoutSection[] {
	return milestones.filter(isTalksMilestone).map((milestone, i) => {
		const venues = milestone.venues.flatMap((id) => VENUES_BY_ID.get(id) ?? []);
		const mapDay = startOf(milestone);
		const where = venues.length ? ` and ${venues.map((v) => v.mapLabel).join(', ')}` : '';
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

function venueNote(milestone: Milestone, venues: Venue[]): string {
	if (venues.length === 0) return NO_VENUE[milestone.kind] ?? 'No venue to mark.';
	const named = venues.map((v) =>
		v.precision === 'approximate'
			? `${v.name} (${v.place}; approximate: the exact site was never disclosed)`
			: `${v.name} (${v.place})`
	);
	return `${venues.length > 1 ? 'Venues' : 'Venue'}: ${named.join('; ')}.`;
}

/** What a section's map frames: all of Ukraine, widened to take in the venues. */
export function sectionBox(section: HandoutSection): LonLatBox {
	return boxAround(
		UKRAINE_BOX,
		section.venues.map((v) => v.lonLat),
		section.venues.length ? 0.06 : 0
	);
}

/** Which assessment the map of `day` draws, and the legend's notes about it. */
export function frontlineCaption(
	catalog: FrontlineIndex,
	day: string
): { sourceId: string; asOf: string | null; text: string; notes: string[] } {
	const resolved = resolveView(catalog, HANDOUT_SOURCE, day);
	const { source, asOf } = resolved;
	const text = asOf
		? `Front line: ${source.label} assessment as of ${formatDay(asOf)}.`
		: `Front line: none (${source.label} has no map for this day).`;
	return { sourceId: source.id, asOf, text, notes: legendNotes(resolved, day, HANDOUT_SOURCE) };
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
