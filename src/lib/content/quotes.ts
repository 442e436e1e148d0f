/**
 * Every quotation in the story, and where each stands in the seed text it is attributed to.
 *
 * Two kinds: a citation's `quote`, attributed to the work it cites; and a “…” quotation inside any
 * text (summaries, versions, judgements, notes), attributed to the works the enclosing item cites:
 * a citation's note to that citation's work, a version or judgement to its `source`, anything else
 * to the nearest enclosing `sources`. A quotation whose candidates include a seed text must be found
 * verbatim in one of them (after `normalise`), unless it is listed in OUTSIDE_QUOTES as the words of
 * another work that the item also cites. Pure: reading the seed files is the caller's job.
 */
import { MILESTONES } from './milestones';
import * as TREATY from './treaty';
import { VENUES } from './venues';

/** The seed texts a quote can be checked against: work id → file in `../shared/seeds/`. */
export const SEED_FILES: Readonly<Record<string, string>> = {
	'fa-2024': '001_f85e3686e2595ab2.txt',
	'npr-onpoint-2024': '000_da253e4c7967c3ae.txt'
};

/**
 * Quotations inside the text that come from a work that is not a seed, although the item also
 * cites a seed: quote → the work it comes from.
 */
export const OUTSIDE_QUOTES: Readonly<Record<string, string>> = {
	'first phase': 'nbc-2022-03-25',
	'Gomel region, on the Pripyat River': 'belta-2022-02-28'
};

export interface FoundQuote {
	/** Where in the content, e.g. `milestone bucha.summary`. */
	where: string;
	quote: string;
	/** The works it may come from: one for a citation's quote. */
	works: string[];
	kind: 'citation' | 'embedded';
}

/** Everything the story publishes that can carry a quote, each with a name for messages. */
export function contentItems(): [string, unknown][] {
	return [
		...MILESTONES.map((m): [string, unknown] => [`milestone ${m.id}`, m]),
		...VENUES.map((v): [string, unknown] => [`venue ${v.id}`, v]),
		...TREATY.TREATY_DOCUMENTS.map((d): [string, unknown] => [`treaty document ${d.id}`, d]),
		['treaty GUARANTEE', TREATY.GUARANTEE],
		['treaty CRIMEA_CLAUSE', TREATY.CRIMEA_CLAUSE],
		['treaty EXCLUDED_AREAS', TREATY.EXCLUDED_AREAS],
		['treaty TERRITORY_NOTE', TREATY.TERRITORY_NOTE],
		['treaty NEUTRALITY', TREATY.NEUTRALITY],
		['treaty FORCE_CAPS', TREATY.FORCE_CAPS],
		['treaty RUSSIAN_ADDITIONS', TREATY.RUSSIAN_ADDITIONS]
	];
}

type Node = Record<string, unknown>;
const isCitation = (value: Node): boolean => typeof value.work === 'string';

/** The works an object cites itself: its `source`, or its `sources`. */
function citedHere(value: Node): string[] {
	const list = [value.source, ...(Array.isArray(value.sources) ? value.sources : [])];
	return list.flatMap((c) =>
		c && typeof c === 'object' && isCitation(c as Node) ? [(c as Node).work as string] : []
	);
}

const EMBEDDED = /“([^“”]+)”/g;

function walk(value: unknown, where: string, scope: string[], out: FoundQuote[]): void {
	if (typeof value === 'string') {
		for (const match of value.matchAll(EMBEDDED)) {
			out.push({ where, quote: match[1], works: scope, kind: 'embedded' });
		}
	} else if (Array.isArray(value)) {
		value.forEach((item, i) => walk(item, `${where}[${i}]`, scope, out));
	} else if (value && typeof value === 'object') {
		const node = value as Node;
		if (isCitation(node)) {
			const work = node.work as string;
			if (typeof node.quote === 'string') {
				out.push({ where: `${where}.quote`, quote: node.quote, works: [work], kind: 'citation' });
			}
			walk(node.note, `${where}.note`, [work], out);
			return;
		}
		const own = citedHere(node);
		const inner = own.length ? [...new Set(own)] : scope;
		for (const [key, child] of Object.entries(node)) walk(child, `${where}.${key}`, inner, out);
	}
}

export function collectQuotes(items: [string, unknown][] = contentItems()): FoundQuote[] {
	const out: FoundQuote[] = [];
	for (const [name, item] of items) walk(item, name, [], out);
	return out;
}

/**
 * What may differ between a quote and its source without changing the words: whitespace,
 * curly or straight quote marks, the kind of dash, markdown italics and links.
 */
export function normalise(text: string): string {
	return text
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/\*/g, '')
		.replace(/[‘’‛′]/g, "'")
		.replace(/[“”„‟″]/g, '"')
		.replace(/[‐‑‒–—―]/g, '-')
		.replace(/\s+/g, ' ')
		.trim();
}

/** A seed text, normalised once, that answers on which line a quote begins. */
export class SeedText {
	private readonly text: string;
	private readonly starts: number[] = [];
	private readonly lines: number[] = [];

	constructor(raw: string) {
		const parts: string[] = [];
		let offset = 0;
		raw.split('\n').forEach((line, i) => {
			const normal = normalise(line);
			if (!normal) return;
			this.starts.push(offset);
			this.lines.push(i + 1);
			parts.push(normal);
			offset += normal.length + 1;
		});
		this.text = parts.join(' ');
	}

	/**
	 * The 1-based line where the quote begins, or null if it is not in the text. An ellipsis in the
	 * quote stands for words left out: the parts must appear in order, each within MAX_GAP
	 * characters of the one before, so that an ellipsis cannot splice distant passages. Each part
	 * must begin and end on a word boundary: a quote cannot start or stop inside a word.
	 */
	lineOf(quote: string): number | null {
		const fragments = normalise(quote)
			.split(/…|\.\.\./)
			.map((f) => f.trim())
			.filter(Boolean);
		if (fragments.length === 0) return null;
		const first = this.occurrences(fragments[0], 0, this.text.length).find((at) =>
			this.followedBy(fragments, 1, at + fragments[0].length)
		);
		if (first === undefined) return null;
		let line = 0;
		while (line + 1 < this.starts.length && this.starts[line + 1] <= first) line++;
		return this.lines[line];
	}

	/** Whether fragments[i…] follow in order from `end`, each within MAX_GAP of the previous. */
	private followedBy(fragments: readonly string[], i: number, end: number): boolean {
		if (i === fragments.length) return true;
		const fragment = fragments[i];
		// Every candidate, not just the first: a later one may leave room for the parts after it.
		return this.occurrences(fragment, end, end + MAX_GAP).some((at) =>
			this.followedBy(fragments, i + 1, at + fragment.length)
		);
	}

	/** Where `fragment` occurs on word boundaries, starting at or after `from` and at most at `to`. */
	private occurrences(fragment: string, from: number, to: number): number[] {
		const found: number[] = [];
		for (let at = this.text.indexOf(fragment, from); at !== -1 && at <= to;) {
			if (this.onBoundaries(fragment, at)) found.push(at);
			at = this.text.indexOf(fragment, at + 1);
		}
		return found;
	}

	private onBoundaries(fragment: string, at: number): boolean {
		const end = at + fragment.length;
		const startsWord = WORD.test(fragment[0]) && WORD.test(this.text[at - 1] ?? '');
		const endsWord = WORD.test(fragment[fragment.length - 1]) && WORD.test(this.text[end] ?? '');
		return !startsWord && !endsWord;
	}
}

/** How far apart, in characters of normalised text, two parts of a quote joined by “…” may be. */
export const MAX_GAP = 400;

/** A character that belongs to a word: a quote may not begin or end next to one inside a word. */
const WORD = /^[\p{L}\p{N}]$/u;

export interface QuoteSnapshot {
	note: string;
	seeds: Record<string, { file: string; sha256: string }>;
	quotes: { quote: string; work: string; line: number }[];
}

/** The seed works among a quote's candidates; none means it is not attributed to a seed. */
export function seedWorks(quote: FoundQuote): string[] {
	return quote.works.filter((work) => work in SEED_FILES);
}

/** Whether a quote is the words of another work the item cites (see OUTSIDE_QUOTES). */
export function isOutsideQuote(quote: FoundQuote): boolean {
	const work = OUTSIDE_QUOTES[quote.quote];
	return quote.kind === 'embedded' && work !== undefined && quote.works.includes(work);
}

/** The quotes that must be found in a seed text. */
export function seedQuotes(quotes: readonly FoundQuote[]): FoundQuote[] {
	return quotes.filter((q) => seedWorks(q).length > 0 && !isOutsideQuote(q));
}

/**
 * Each seed-attributed quote located in its seed, and the ones that could not be found (named by
 * where they are, so a failure says what to fix).
 */
export function locateQuotes(
	quotes: readonly FoundQuote[],
	seeds: ReadonlyMap<string, SeedText>
): { located: QuoteSnapshot['quotes']; missing: string[] } {
	const located = new Map<string, QuoteSnapshot['quotes'][number]>();
	const missing: string[] = [];
	for (const quote of seedQuotes(quotes)) {
		const hit = seedWorks(quote)
			.map((work) => ({ work, line: seeds.get(work)?.lineOf(quote.quote) ?? null }))
			.find((h) => h.line !== null);
		if (!hit) {
			missing.push(`${quote.where}: “${quote.quote}” is not in ${seedWorks(quote).join(' or ')}`);
			continue;
		}
		located.set(`${hit.work}\n${quote.quote}`, {
			quote: quote.quote,
			work: hit.work,
			line: hit.line!
		});
	}
	const sorted = [...located.values()].sort(
		(a, b) =>
			a.work.localeCompare(b.work) ||
			a.line - b.line ||
			(a.quote < b.quote ? -1 : a.quote > b.quote ? 1 : 0)
	);
	return { located: sorted, missing };
}

/** Quotes a snapshot does not account for: new since it was made, so never checked. */
export function unsnapshotted(quotes: readonly FoundQuote[], snapshot: QuoteSnapshot): string[] {
	const known = new Set(snapshot.quotes.map((q) => `${q.work}\n${q.quote}`));
	return seedQuotes(quotes)
		.filter((quote) => !seedWorks(quote).some((work) => known.has(`${work}\n${quote.quote}`)))
		.map((quote) => `${quote.where}: “${quote.quote}”`);
}

export const SNAPSHOT_NOTE =
	'Generated by `npm run quotes` from the content and ../shared/seeds/: every quote attributed to a seed text, the seed it was found in and the line. Do not edit by hand.';
