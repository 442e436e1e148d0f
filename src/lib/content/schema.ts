import { z } from 'zod';
import { isIsoDay } from '../dates';
import {
	DATE_PRECISIONS,
	MILESTONE_FRAMES,
	MILESTONE_KINDS,
	TREATY_DOCUMENT_IDS,
	TREATY_LAYER_IDS,
	VENUE_PRECISIONS
} from '../vocabulary';
import { VENUES_BY_ID } from './venues';
import { WORKS_BY_ID, type WorkId } from './works';

/*
 * The content's shapes are defined once, here; the types the app uses (Milestone, Venue,
 * Citation…) are inferred from these schemas, so a field cannot be added to one and not the other.
 * Content modules import these types only (`import type`), so zod stays off the pages.
 */

const isoDay = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
	.refine(isIsoDay, 'not a calendar date');
const isoDayOrRange = z.string().refine((value) => {
	const parts = value.split('/');
	if (parts.length > 2 || !parts.every((p) => isoDay.safeParse(p).success)) return false;
	return parts.length === 1 || parts[0] < parts[1];
}, 'expected YYYY-MM-DD or an ascending range YYYY-MM-DD/YYYY-MM-DD');

/** A reference to a work, with a short quote where the exact words matter. */
const citation = z.object({
	work: z.custom<WorkId>(
		(id) => typeof id === 'string' && WORKS_BY_ID.has(id),
		'not a work in the bibliography'
	),
	quote: z.string().min(3).max(300).optional(),
	quoteTranslation: z.string().optional(),
	note: z.string().min(3).optional()
});
export type Citation = z.infer<typeof citation>;

const venueEvent = z.object({
	/** YYYY-MM-DD, or a range YYYY-MM-DD/YYYY-MM-DD. */
	date: isoDayOrRange,
	precision: z.enum(DATE_PRECISIONS),
	title: z.string().min(3)
});
export type VenueEvent = z.infer<typeof venueEvent>;

export const venueSchema = z
	.object({
		id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a lowercase-kebab id'),
		name: z.string().min(2),
		/** The short label on the map; a city venue replaces that city's basemap label. */
		mapLabel: z.string().min(2).max(20),
		/** Where it is, in words: district, region, country. */
		place: z.string().min(2),
		/** ISO 3166-1 alpha-3. */
		country: z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 3166 alpha-3 code'),
		/**
		 * [longitude, latitude], WGS84. Venues of 2022 are inside the detailed basemap; the later
		 * rounds (Riyadh, Anchorage, Geneva, Abu Dhabi…) are drawn on the low-detail world around it.
		 */
		lonLat: z.tuple([z.number().min(-180).max(180), z.number().min(-85).max(85)]),
		/**
		 * How well the pin is known: `site` (the building or compound), `locality` (the town, not
		 * the building), `approximate` (only the vicinity: the map draws an uncertainty halo).
		 */
		precision: z.enum(VENUE_PRECISIONS),
		/** Radius of the halo drawn around an approximate venue. */
		uncertaintyKm: z.number().positive().max(100).optional(),
		/** How the pin was placed, and what is uncertain about it. */
		locationNote: z.string().min(5),
		/** Spellings that must never be geocoded for this venue, with the reason. */
		notToConfuseWith: z
			.array(z.object({ name: z.string().min(2), note: z.string().min(5) }))
			.optional(),
		/** What happened there, in the atlas's own neutral words. */
		summary: z.string().min(40),
		events: z.array(venueEvent).min(1),
		sources: z.array(citation).min(1)
	})
	.refine((v) => v.precision !== 'approximate' || v.uncertaintyKm !== undefined, {
		message: 'an approximate venue needs uncertaintyKm for its halo',
		path: ['uncertaintyKm']
	});
export type Venue = z.infer<typeof venueSchema>;

/**
 * Rough sentence count: a full stop, question or exclamation mark before a capital (of any
 * script: the Ukrainian text is counted too) or the end.
 */
export function sentenceCount(text: string): number {
	return text.split(/(?<=[.!?][”"’»)]?)\s+(?=[\p{Lu}“"‘«(])/u).filter((s) => s.trim()).length;
}

/**
 * Where sources disagree: D1–D15 are the research notes' (spring 2022); L1, L2… are the later
 * talks' (2023–2026). Each version with its source.
 */
const disagreement = z.object({
	id: z
		.string()
		.regex(
			/^(D([1-9]|1[0-5])|L[1-9][0-9]?)$/,
			'expected D1–D15 (the research notes) or L1–L99 (the later talks)'
		),
	summary: z.string().min(10),
	versions: z.array(z.object({ says: z.string().min(3), source: citation })).min(2)
});
export type Disagreement = z.infer<typeof disagreement>;

/**
 * A source's own verdict (why the talks failed, whether a claim holds), kept apart from the
 * accounts of the people involved: who judges ("Charap and Radchenko, Foreign Affairs"), what
 * they conclude in the atlas's words with their own words quoted, and the citation carrying the
 * verbatim quote.
 */
const judgement = z.object({
	by: z.string().min(3),
	says: z.string().min(10),
	source: citation.extend({ quote: z.string().min(3).max(300) })
});
export type Judgement = z.infer<typeof judgement>;

/**
 * A later milestone's link back to an earlier one it refers to (Medinsky's "continuation" → the
 * 2022 communiqué), with the source that makes the link. Shown both ways: at the later milestone
 * ("refers back to") and at the earlier one ("taken up later").
 */
const echo = z.object({
	to: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a milestone id'),
	says: z.string().min(10),
	source: citation
});
export type Echo = z.infer<typeof echo>;

export const milestoneSchema = z
	.object({
		/** Stable, readable, used in URLs: `?milestone=istanbul-communique`. */
		id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a lowercase-kebab id'),
		/** YYYY-MM-DD, or a range YYYY-MM-DD/YYYY-MM-DD. */
		date: isoDayOrRange,
		precision: z.enum(DATE_PRECISIONS),
		kind: z.enum(MILESTONE_KINDS),
		title: z.string().min(3).max(90),
		summary: z
			.string()
			.refine(
				(text) => sentenceCount(text) >= 2 && sentenceCount(text) <= 4,
				'expected 2–4 sentences'
			),
		venues: z.array(z.string().refine((id) => VENUES_BY_ID.has(id), 'not a venue id')),
		/** Where the map looks when the milestone is reached. */
		frame: z.enum(MILESTONE_FRAMES),
		/** Treaty layers the milestone switches on (its document's view of what was on the table). */
		layers: z.array(z.enum(TREATY_LAYER_IDS)).min(1).optional(),
		/** Whose guarantor list the `guarantors` layer shows at this milestone. */
		document: z.enum(TREATY_DOCUMENT_IDS).optional(),
		sources: z.array(citation).min(1),
		disagreements: z.array(disagreement).optional(),
		/** The sources' own judgement where it bears on this milestone, beside the accounts. */
		judgements: z.array(judgement).min(1).optional(),
		/** Earlier milestones this one refers back to. */
		echoes: z.array(echo).min(1).optional()
	})
	.refine((m) => m.frame !== 'venues' || m.venues.length > 0, {
		message: 'a milestone framed on its venues needs at least one venue',
		path: ['venues']
	})
	.refine((m) => !m.layers?.includes('guarantors') || m.document !== undefined, {
		message: 'a milestone that opens the guarantor layer names its document',
		path: ['document']
	})
	.refine((m) => m.frame !== 'world' || (m.layers?.includes('guarantors') ?? false), {
		message: 'only the guarantor layer draws the world; frame the milestone closer',
		path: ['frame']
	});
export type Milestone = z.infer<typeof milestoneSchema>;

export interface ContentProblem {
	id: string;
	field: string;
	message: string;
}

/**
 * Every problem in a list of content items, each naming the item (by id) and the field:
 * duplicate ids, schema failures, and whatever `more` finds in an item that passed the schema.
 */
function listProblems<T extends { id: string }>(
	items: readonly T[],
	schema: z.ZodType,
	more: (item: T) => Omit<ContentProblem, 'id'>[] = () => []
): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const seen = new Set<string>();
	items.forEach((item, index) => {
		const id = typeof item?.id === 'string' ? item.id : `#${index}`;
		if (seen.has(id)) problems.push({ id, field: 'id', message: 'duplicate id' });
		seen.add(id);
		const result = schema.safeParse(item);
		if (!result.success) {
			for (const issue of result.error.issues) {
				problems.push({ id, field: issue.path.join('.') || '(item)', message: issue.message });
			}
			return;
		}
		for (const problem of more(item)) problems.push({ id, ...problem });
	});
	return problems;
}

export function venueProblems(venues: readonly Venue[]): ContentProblem[] {
	return listProblems(venues, venueSchema);
}

/**
 * As for venues; milestones must also come in date order, and an echo must point back to an
 * earlier milestone in the list.
 */
export function milestoneProblems(milestones: readonly Milestone[]): ContentProblem[] {
	let previous = '';
	const position = new Map(milestones.map((m, index) => [m?.id, index]));
	return listProblems(milestones, milestoneSchema, (milestone) => {
		const problems: Omit<ContentProblem, 'id'>[] = [];
		if (milestone.date < previous)
			problems.push({ field: 'date', message: `out of date order (after ${previous})` });
		previous = milestone.date;
		const here = position.get(milestone.id)!;
		milestone.echoes?.forEach((echo, index) => {
			const there = position.get(echo.to);
			if (there === undefined)
				problems.push({ field: `echoes.${index}.to`, message: `no milestone “${echo.to}”` });
			else if (there >= here)
				problems.push({
					field: `echoes.${index}.to`,
					message: `“${echo.to}” is not earlier: an echo points back`
				});
		});
		return problems;
	});
}

export function formatProblems(kind: string, problems: ContentProblem[]): string {
	return problems.map((p) => `${kind} "${p.id}", field ${p.field}: ${p.message}`).join('\n');
}
