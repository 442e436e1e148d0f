import { z } from 'zod';
import { DATA_BOUNDS } from '../map/view';
import type { Venue } from './venues';
import { WORKS_BY_ID } from './works';

const isoDay = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
	.refine(isRealDay, 'not a calendar date');
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

export interface ContentProblem {
	id: string;
	field: string;
	message: string;
}

/** Every problem in the venue list, each naming the venue and the field. */
export function venueProblems(venues: readonly Venue[]): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const seen = new Set<string>();
	venues.forEach((venue, index) => {
		const id = typeof venue?.id === 'string' ? venue.id : `#${index}`;
		if (seen.has(id)) problems.push({ id, field: 'id', message: 'duplicate id' });
		seen.add(id);
		const result = venueSchema.safeParse(venue);
		if (!result.success) {
			for (const issue of result.error.issues) {
				problems.push({ id, field: issue.path.join('.') || '(venue)', message: issue.message });
			}
		}
	});
	return problems;
}

export function formatProblems(kind: string, problems: ContentProblem[]): string {
	return problems.map((p) => `${kind} "${p.id}", field ${p.field}: ${p.message}`).join('\n');
}

function isRealDay(value: string): boolean {
	const date = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
