import area from '@turf/area';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { FRONTLINE_SOURCES } from './config/frontlines';
import { FRONTLINE_INDEX, type FrontlineIndex } from './frontlines';
import { dequantize } from './lib/topo';
import { parseDatedTopology } from './lib/topology-source';
import { OUTPUT_DIR, readSource } from './paths';

const index: FrontlineIndex = JSON.parse(readFileSync(join(OUTPUT_DIR, FRONTLINE_INDEX), 'utf8'));
const chunks = new Map<string, Topology>();
function chunkTopology(file: string): Topology {
	if (!chunks.has(file)) {
		chunks.set(
			file,
			JSON.parse(readFileSync(join(OUTPUT_DIR, file.replace('/data/', '')), 'utf8'))
		);
	}
	return chunks.get(file)!;
}

/** The built control area for a date, decoded from the built chunk file. */
function builtControl(sourceId: string, date: string): Feature<Polygon | MultiPolygon> {
	const source = index.sources.find((s) => s.id === sourceId)!;
	const chunk = source.chunks.find((c) => c.from <= date && date <= c.to)!;
	const topo = chunkTopology(chunk.file);
	const geometry = (topo.objects.control as GeometryCollection).geometries.find(
		(g) => (g.properties as { date: string }).date === date
	)!;
	return feature(topo, geometry) as Feature<Polygon | MultiPolygon>;
}

const SIMFEROPOL: [number, number] = [34.1, 44.95];
const KYIV: [number, number] = [30.5234, 50.4501];

describe.each(index.sources.map((s) => [s.id, s] as const))(
	'built front lines: %s',
	(id, source) => {
		it('cover their whole period in chunks, with one area per date', () => {
			expect(source.dates.length).toBe(source.areaKm2.length);
			expect(source.dates[0]).toBe('2022-02-24');
			expect(source.chunks[0].from).toBe('2022-02-24');
			expect([...source.dates].sort()).toEqual(source.dates);
		});

		it('have Crimea controlled and Kyiv never controlled, on every date', () => {
			for (const date of source.dates) {
				const control = builtControl(id, date);
				expect(booleanPointInPolygon(SIMFEROPOL, control), `Crimea on ${date}`).toBe(true);
				expect(booleanPointInPolygon(KYIV, control), `Kyiv on ${date}`).toBe(false);
			}
		});
	}
);

describe('controlled areas from the built files match the committed sources within 1%', () => {
	const crimeaKm2 = (() => {
		const oblasts = JSON.parse(readSource('basemap/ukraine_oblasts.geojson').toString('utf8'));
		return oblasts.features
			.filter((f: Feature) => ['UA-43', 'UA-40'].includes(String(f.properties?.iso_3166_2)))
			.reduce((sum: number, f: Feature) => sum + area(f) / 1e6, 0);
	})();

	const cases = [
		['isw', ['2022-02-24', '2022-03-28', '2022-04-05', '2022-08-15', '2022-11-30']],
		['liveuamap', ['2022-02-24', '2022-03-30', '2023-06-01', '2024-03-13', '2026-08-21']]
	] as const;

	it.each(cases)('%s', (id, dates) => {
		const config = FRONTLINE_SOURCES.find((s) => s.id === id)!;
		const raw = parseDatedTopology(readSource(config.file), config.file, {
			objects: [config.layers.control]
		});
		const sourceGeometries = (raw.objects[config.layers.control] as GeometryCollection).geometries;
		const entry = index.sources.find((s) => s.id === id)!;
		for (const wanted of dates) {
			const date = entry.dates.filter((d) => d <= wanted).at(-1)!;
			const geometry = sourceGeometries.find(
				(g) => (g.properties as { date: string }).date === date
			)!;
			const fromSource = area(feature(raw, geometry)) / 1e6 + (config.addCrimea ? crimeaKm2 : 0);
			const fromBuilt = area(builtControl(id, date)) / 1e6;
			expect(Math.abs(fromBuilt - fromSource) / fromSource, `${id} ${date}`).toBeLessThan(0.01);
			expect(
				Math.abs(entry.areaKm2[entry.dates.indexOf(date)] - fromSource) / fromSource
			).toBeLessThan(0.001);
		}
	});
});

describe('known source gaps', () => {
	it('leave out ISW’s 29 September 2022, whose control layer lacks Crimea', () => {
		const isw = index.sources.find((s) => s.id === 'isw')!;
		expect(isw.dates).not.toContain('2022-09-29');
		expect(isw.dates).toContain('2022-09-28');
		expect(isw.gaps.map((g) => g.date)).toEqual(['2022-09-29']);
	});
});

describe('parseDatedTopology', () => {
	const topo = (geometries: unknown[]) =>
		Buffer.from(
			JSON.stringify({
				type: 'Topology',
				transform: { scale: [1, 1], translate: [0, 0] },
				arcs: [],
				objects: { control: { type: 'GeometryCollection', geometries } }
			})
		);

	it('accepts dated polygonal and empty geometries in order', () => {
		const parsed = parseDatedTopology(
			topo([
				{ type: null, properties: { date: '2022-02-24' } },
				{ type: 'Polygon', arcs: [], properties: { date: '2022-02-25' } }
			]),
			'f',
			{ objects: ['control'] }
		);
		expect(dequantize(parsed).transform).toBeUndefined();
	});

	it.each([
		[[{ type: null, properties: {} }], 'has no valid "date"'],
		[[{ type: null, properties: { date: '2022-02-30' } }], 'has no valid "date"'],
		[
			[
				{ type: null, properties: { date: '2022-02-25' } },
				{ type: null, properties: { date: '2022-02-24' } }
			],
			'dates out of order at 2022-02-24'
		],
		[
			[{ type: 'LineString', arcs: [], properties: { date: '2022-02-24' } }],
			'geometry type LineString'
		]
	])('rejects bad geometries: %j', (geometries, problem) => {
		expect(() =>
			parseDatedTopology(topo(geometries), 'isw.topo.json.gz', { objects: ['control'] })
		).toThrow(problem);
	});

	it('rejects a missing object, a truncated gzip and non-JSON', () => {
		expect(() => parseDatedTopology(topo([]), 'f', { objects: ['advance'] })).toThrow(
			'"advance" is missing'
		);
		expect(() =>
			parseDatedTopology(Buffer.from([0x1f, 0x8b, 1, 2]), 'f.gz', { objects: [] })
		).toThrow('f.gz: not a readable gzip file');
		expect(() => parseDatedTopology(Buffer.from('{'), 'f', { objects: [] })).toThrow(
			'f: not valid JSON'
		);
	});
});
