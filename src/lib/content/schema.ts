import { z } from 'zod';
import { isIsoDay } from '../dates';
import { DATA_BOUNDS } from '../map/view';
import { TREATY_LAYER_IDS } from '../treaty/layers';
import { TREATY_DOCUMENTS } from './treaty';
import type { Milestone } from './milestones';
import { VENUES_BY_ID, type Venue } from './venues';
import { WORKS_BY_ID } from './works';

const isoDay = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
	.refine(isIsoDay, 'not a calendar date');
const isoDayOrRange = z.string().refine((value) => {
	const parts = value.split('/');
	if (parts.length > 2 || !parts.every((p) => isoDay.safeParse(p).success)) return false;
	return parts.length === 1 || parts[0] < parts[1];
}, 'expected YYYY-MM-DD or an ascending range YYYY-MM-DD/YYYY-MM-DD');

const citation = z.object({
	work: z.string().refine((id) => WORKS_BY_ID.has(id), 'not a work in the bibliography'),
	quote: z.string().min(3).max(300).optional(),
	note: z.string().min(3).optional()
});

const [[west, south], [east, north]] = DATA_BOUNDS;

export const venueSchema = z
	.object({
		id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a lowercase-kebab id'),
		name: z.string().min(2),
		mapLabel: z.string().min(2).max(20),
		place: z.string().min(2),
		country: z.enum(['BLR', 'RUS', 'TUR', 'UKR']),
		lonLat: z.tuple([z.number().min(west).max(east), z.number().min(south).max(north)]),
		precision: z.enum(['site', 'locality', 'approximate']),
		uncertaintyKm: z.number().positive().max(100).optional(),
		locationNote: z.string().min(5),
		notToConfuseWith: z
			.array(z.object({ name: z.string().min(2), note: z.string().min(5) }))
			.optional(),
		summary: z.string().min(40),
		events: z
			.array(
				z.object({
					date: isoDayOrRange,
					precision: z.enum(['day', 'approximate', 'month']),
					title: z.string().min(3)
				})
			)
			.min(1),
		sources: z.array(citation).min(1)
	})
	.refine((v) => v.precision !== 'approximate' || v.uncertaintyKm !== undefined, {
		message: 'an approximate venue needs uncertaintyKm for its halo',
		path: ['uncertaintyKm']
	});

/** Rough sentence count: a full stop, question or exclamation mark before a capital or the end. */
export function sentenceCount(text: string): number {
	return text.split(/(?<=[.!?][”"’)]?)\s+(?=[A-Z“"‘(])/).filter((s) => s.trim()).length;
}

const KINDS = [
	'in-person-round',
	'video-round',
	'ministers',
	'leaders',
	'statement',
	'document',
	'military',
	'later-account'
] as const;

export const milestoneSchema = z
	.object({
		id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a lowercase-kebab id'),
		date: isoDayOrRange,
		precision: z.enum(['day', 'approximate', 'month']),
		kind: z.enum(KINDS),
		title: z.string().min(3).max(90),
		summary: z
			.string()
			.refine(
				(text) => sentenceCount(text) >= 2 && sentenceCount(text) <= 4,
				'expected 2–4 sentences'
			),
		venues: z.array(z.string().refine((id) => VENUES_BY_ID.has(id), 'not a venue id')),
		frame: z.enum(['venues', 'north', 'south', 'east', 'ukraine', 'europe', 'world']),
		layers: z.array(z.enum(TREATY_LAYER_IDS)).min(1).optional(),
		document: z.enum(TREATY_DOCUMENTS.map((d) => d.id)).optional(),
		sources: z.array(citation).min(1),
		disagreements: z
			.array(
				z.object({
					id: z.string().regex(/^D([1-9]|1[0-5])$/, 'expected D1–D15 (the research notes)'),
					summary: z.string().min(10),
					versions: z.array(z.object({ says: z.string().min(3), source: citation })).min(2)
				})
			)
			.optional(),
		judgements: z
			.array(
				z.object({
					by: z.string().min(3),
					says: z.string().min(10),
					// A judgement is the source's own words: the citation carries them verbatim.
					source: citation.extend({ quote: z.string().min(3).max(300) })
				})
			)
			.min(1)
			.optional()
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

/** As for venues, and milestones must also come in date order. */
export function milestoneProblems(milestones: readonly Milestone[]): ContentProblem[] {
	let previous = '';
	return listProblems(milestones, milestoneSchema, (milestone) => {
		const outOfOrder = milestone.date < previous;
		const problem = { field: 'date', message: `out of date order (after ${previous})` };
		previous = milestone.date;
		return outOfOrder ? [problem] : [];
	});
}

export function formatProblems(kind: string, problems: ContentProblem[]): string {
	return problems.map((p) => `${kind} "${p.id}", field ${p.field}: ${p.message}`).join('\n');
}
