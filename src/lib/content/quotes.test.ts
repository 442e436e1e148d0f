import { describe, expect, it } from 'vitest';
import { MILESTONES } from './milestones';
import {
	collectQuotes,
	locateQuotes,
	normalise,
	seedQuotes,
	SeedText,
	unsnapshotted,
	type FoundQuote
} from './quotes';
import { buildSnapshot, readSeeds, readSnapshot, SEEDS_DIR } from './seed-files';

const quotes = collectQuotes();
const snapshot = readSnapshot();
const seeds = readSeeds();

describe('the quote check itself', () => {
	const seed = new SeedText(
		'The [Russians](#) had\noverestimated their *capabilities*.\n\n“We’re—close,” he said.'
	);

	it('finds a quote across lines, links, italics, quote marks and dashes, with its line', () => {
		expect(seed.lineOf('Russians had overestimated their capabilities')).toBe(1);
		expect(seed.lineOf('"We\'re–close,"')).toBe(4);
		expect(seed.lineOf('The Russians … capabilities')).toBe(1);
		expect(normalise(' a\n “b” — c ')).toBe('a "b" - c');
	});

	it('does not find an altered quote, a changed capital or parts out of order', () => {
		expect(seed.lineOf('Russians had underestimated their capabilities')).toBeNull();
		expect(seed.lineOf('russians had overestimated')).toBeNull();
		expect(seed.lineOf('capabilities … The Russians')).toBeNull();
	});

	it('does not match inside a word', () => {
		expect(seed.lineOf('ussians had')).toBeNull();
		expect(seed.lineOf('had overestimated their capabilit')).toBeNull();
		expect(seed.lineOf('Russians … capabilit')).toBeNull();
		expect(seed.lineOf('Russians had')).toBe(1);
	});

	it('does not splice fragments that lie far apart, however far the right one is', () => {
		const filler = 'Nothing of note happened. '.repeat(20);
		const far = new SeedText(`The talks began.\n${filler}\nThey ended in May.`);
		expect(far.lineOf('The talks began … They ended in May')).toBeNull();
		expect(far.lineOf('The talks … began')).toBe(1);
		// The first fragment's first occurrence is too far from the second; a later one is close.
		const twice = new SeedText(`The talks began.\n${filler}\nThe talks ended in May.`);
		expect(twice.lineOf('The talks … ended in May')).toBe(3);
	});

	it('reports a quote that is not in its seed, and a new quote missing from the snapshot', () => {
		const altered: FoundQuote = {
			where: 'test',
			quote: 'Russians had underestimated',
			works: ['fa-2024'],
			kind: 'citation'
		};
		const { missing } = locateQuotes([altered], new Map([['fa-2024', seed]]));
		expect(missing).toEqual(['test: “Russians had underestimated” is not in fa-2024']);
		expect(unsnapshotted([altered], snapshot)).toEqual(['test: “Russians had underestimated”']);
	});

	it('attributes a quotation in a version to that version’s source, not the milestone’s', () => {
		const d7 = quotes.find((q) => q.where.startsWith('milestone bennett-putin.disagreements'));
		expect(d7?.works).toEqual(['npr-onpoint-2024']);
		const summary = quotes.find((q) => q.where === 'milestone istanbul-communique.summary');
		expect(summary?.works).toContain('fa-2024');
	});
});

describe('every quote attributed to a seed text', () => {
	it('is collected from citations and from the text (summaries, versions, judgements)', () => {
		expect(seedQuotes(quotes).filter((q) => q.kind === 'citation').length).toBeGreaterThan(60);
		expect(seedQuotes(quotes).filter((q) => q.kind === 'embedded').length).toBeGreaterThan(30);
		const judged = MILESTONES.flatMap((m) => m.judgements ?? []);
		for (const judgement of judged) {
			expect(quotes.map((q) => q.quote)).toContain(judgement.source.quote);
		}
	});

	if (seeds) {
		it(`is verbatim in its seed (seeds read from ${SEEDS_DIR})`, () => {
			expect(buildSnapshot(seeds, quotes).missing).toEqual([]);
		});

		it('is in the committed snapshot as the seeds give it now (else: npm run quotes)', () => {
			expect(buildSnapshot(seeds, quotes).snapshot).toEqual(snapshot);
		});

		it('fails when a real quote is altered', () => {
			const real = seedQuotes(quotes).find((q) => q.quote.includes('certainly lukewarm'))!;
			const altered = { ...real, quote: real.quote.replace('lukewarm', 'cool') };
			expect(buildSnapshot(seeds, [real]).missing).toEqual([]);
			expect(buildSnapshot(seeds, [altered]).missing).toHaveLength(1);
		});
	} else {
		// A clone without ../shared/seeds/: the snapshot was checked against them when it was made.
		it('is in the committed snapshot, which was checked against the seeds', () => {
			expect(unsnapshotted(quotes, snapshot)).toEqual([]);
		});
	}
});
