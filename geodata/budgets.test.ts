import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { OUTPUT_DIR } from './paths';

// Byte budgets for what the app downloads, gzip as served. Timing targets are the benchmark's
// (npm run bench); sizes are exact, so they are checked here.
const gzipKB = (path: string) =>
	gzipSync(readFileSync(join(OUTPUT_DIR, path)), { level: 9 }).length / 1024;

describe('data budgets (gzip)', () => {
	it.each([
		['basemap.topo.json', 110],
		['frontlines/index.json', 10],
		['world.topo.json', 130],
		['treaty.topo.json', 30]
	])('%s stays within %i KB', (file, budget) => {
		expect(gzipKB(file)).toBeLessThanOrEqual(budget);
	});

	it('the ISW 2022 front lines, all files, stay within 250 KB', () => {
		const files = readdirSync(join(OUTPUT_DIR, 'frontlines')).filter((f) => f.startsWith('isw-'));
		expect(files.length).toBeGreaterThan(0);
		const total = files.reduce((sum, f) => sum + gzipKB(join('frontlines', f)), 0);
		expect(total).toBeLessThanOrEqual(250);
	});
});
