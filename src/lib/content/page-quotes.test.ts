import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chapterMilestones } from '../story/chapters';
import { MILESTONES } from './milestones';
import { collectQuotes, SeedText, SEED_FILES } from './quotes';
import { WORKS_BY_ID } from './works';

/**
 * The passages of the web pages the later talks are cited to, copied from the stored pages when
 * the quotes were checked: work id → passages. A quote attributed to such a work must stand in
 * one of its passages, word for word; a changed word here is a changed quote.
 */
const PASSAGES: Record<string, string[]> = JSON.parse(
	readFileSync(new URL('./page-excerpts.json', import.meta.url), 'utf8')
);
const pages = new Map(
	Object.entries(PASSAGES).map(([work, passages]) => [
		work,
		passages.map((passage) => new SeedText(passage))
	])
);

const found = (quote: string, work: string) =>
	pages.get(work)?.some((page) => page.lineOf(quote) !== null) ?? false;

describe('quotes from the web pages the later talks are cited to', () => {
	it('have passages only for works in the bibliography', () => {
		for (const work of Object.keys(PASSAGES)) expect(WORKS_BY_ID.has(work), work).toBe(true);
	});

	it('each stand word for word in a passage of a work they are attributed to', () => {
		const checked = collectQuotes().filter((q) => q.works.some((work) => pages.has(work)));
		expect(checked.length).toBeGreaterThan(200);
		const missing = checked
			.filter((q) => !q.works.some((work) => work in SEED_FILES))
			.filter((q) => !q.works.some((work) => found(q.quote, work)))
			.map((q) => `${q.where}: “${q.quote}” (${q.works.join(', ')})`);
		expect(missing).toEqual([]);
	});

	it('catch a changed word', () => {
		const [work, [passage]] = Object.entries(PASSAGES)[0];
		const words = passage.split(' ').slice(0, 6);
		expect(found(words.join(' '), work)).toBe(true);
		words[2] = `${words[2]}x`;
		expect(found(words.join(' '), work)).toBe(false);
	});
});

describe('the later chapters', () => {
	it('cite, for every milestone, at least one source with its own words', () => {
		for (const chapter of ['looking-back', 'talks-resumed'] as const) {
			for (const milestone of chapterMilestones(MILESTONES, chapter)) {
				expect(
					milestone.sources.some((source) => source.quote),
					milestone.id
				).toBe(true);
			}
		}
	});

	it('carry the rounds the story must tell, each with its venue', () => {
		const byId = new Map(MILESTONES.map((m) => [m.id, m]));
		const istanbul2025 = MILESTONES.filter(
			(m) => m.date >= '2025-05-01' && m.date < '2025-08-01' && m.kind === 'in-person-round'
		);
		expect(istanbul2025.map((m) => m.date.slice(0, 10))).toEqual(
			expect.arrayContaining(['2025-05-16', '2025-06-02', '2025-07-23'])
		);
		for (const m of istanbul2025) expect(m.venues.length, m.id).toBeGreaterThan(0);
		expect(byId.get('istanbul-2025-may')?.venues).toContain('istanbul-dolmabahce');
	});
});
