/**
 * Reading the seed texts from disk (Node only: the quote test and `npm run quotes`). They live
 * beside the repository in `../shared/seeds/`, as in CI; a fresh clone may not have them.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
	collectQuotes,
	locateQuotes,
	SEED_FILES,
	SeedText,
	SNAPSHOT_NOTE,
	type FoundQuote,
	type QuoteSnapshot
} from './quotes';

export const SEEDS_DIR =
	process.env.SEEDS_DIR ?? fileURLToPath(new URL('../../../../shared/seeds', import.meta.url));

export const SNAPSHOT_PATH = fileURLToPath(new URL('./seed-quotes.json', import.meta.url));

export interface Seeds {
	texts: Map<string, SeedText>;
	files: QuoteSnapshot['seeds'];
}

/** The seed texts, or null when any is missing (a clone without `../shared/`). */
export function readSeeds(dir: string = SEEDS_DIR): Seeds | null {
	const paths = Object.entries(SEED_FILES).map(([work, file]) => [work, file, join(dir, file)]);
	if (!paths.every(([, , path]) => existsSync(path))) return null;
	const texts = new Map<string, SeedText>();
	const files: QuoteSnapshot['seeds'] = {};
	for (const [work, file, path] of paths) {
		const raw = readFileSync(path, 'utf8');
		texts.set(work, new SeedText(raw));
		files[work] = { file, sha256: createHash('sha256').update(raw).digest('hex') };
	}
	return { texts, files };
}

/** The snapshot the content and seeds give now, and the quotes not found in their seed. */
export function buildSnapshot(
	seeds: Seeds,
	quotes: readonly FoundQuote[] = collectQuotes()
): { snapshot: QuoteSnapshot; missing: string[] } {
	const { located, missing } = locateQuotes(quotes, seeds.texts);
	return { snapshot: { note: SNAPSHOT_NOTE, seeds: seeds.files, quotes: located }, missing };
}

export function readSnapshot(): QuoteSnapshot {
	return JSON.parse(readFileSync(SNAPSHOT_PATH, 'utf8'));
}
