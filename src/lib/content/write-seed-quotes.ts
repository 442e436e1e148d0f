/**
 * `npm run quotes`: check every quote attributed to a seed text against it and, if all are found,
 * rewrite `seed-quotes.json`, the snapshot the unit test compares (and falls back on without seeds).
 */
import { writeFileSync } from 'node:fs';
import { CONTENT_DATA } from './data/index';
import { setContent } from './load';
import { buildSnapshot, readSeeds, SEEDS_DIR, SNAPSHOT_PATH } from './seed-files';

setContent(CONTENT_DATA);

const seeds = readSeeds();
if (!seeds) {
	console.error(`quotes: the seed texts are not in ${SEEDS_DIR} (set SEEDS_DIR)`);
	process.exit(1);
}
const { snapshot, missing } = buildSnapshot(seeds);
if (missing.length) {
	console.error(`quotes: not verbatim in their seed text:\n${missing.join('\n')}`);
	process.exit(1);
}
writeFileSync(SNAPSHOT_PATH, `${JSON.stringify(snapshot, null, '\t')}\n`);
console.log(`quotes: ${snapshot.quotes.length} quotes found in their seed texts; snapshot written`);
