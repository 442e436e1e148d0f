import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildOutputs } from './outputs';
import { OUTPUT_DIR, readSource } from './paths';

// A full pipeline run takes about 60 s on a 2-core machine.
describe('the committed outputs under static/data/', { timeout: 180_000 }, () => {
	const outputs = buildOutputs(readSource);

	// The outputs are committed so a fresh clone serves without a pipeline run; this keeps them
	// honest: a changed source or stage without `npm run geodata` fails here.
	it.each(Object.keys(outputs))('%s is byte-identical to a fresh build', (name) => {
		const committed = readFileSync(join(OUTPUT_DIR, name), 'utf8');
		expect(
			committed === outputs[name],
			`run \`npm run geodata\` and commit static/data/${name}`
		).toBe(true);
	});
});

describe('malformed sources stop the build with the file named', () => {
	it('reports a truncated file', () => {
		const read = (path: string) => {
			const bytes = readSource(path);
			return path.endsWith('ukraine_oblasts.geojson') ? bytes.subarray(0, 1000) : bytes;
		};
		expect(() => buildOutputs(read)).toThrow(
			/^geodata\/sources\/basemap\/ukraine_oblasts\.geojson: not valid JSON/
		);
	});

	it('reports a missing file', () => {
		const read = (path: string) => readSource(path.replace('ne_10m_land', 'ne_10m_missing'));
		expect(() => buildOutputs(read)).toThrow(
			'geodata/sources/basemap/ne_10m_missing.geojson: cannot be read (ENOENT)'
		);
	});
});
