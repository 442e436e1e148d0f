import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildOutputs } from './outputs';
import { OUTPUT_DIR, readSource } from './paths';

describe('the committed outputs under static/data/', () => {
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

	it('a second build gives the same bytes', () => {
		expect(buildOutputs(readSource)).toEqual(outputs);
	});
});

describe('malformed sources stop the build with the file named', () => {
	it('reports a truncated file', () => {
		const read = (path: string) => {
			const text = readSource(path);
			return path.endsWith('ukraine_oblasts.geojson') ? text.slice(0, 1000) : text;
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
