import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MILESTONES } from '../content/milestones';
import { checkCatalog } from '../frontlines/catalog';
import type { FrontlineFrame } from '../frontlines/store';
import { compareParam, referenceFor, referenceLine, withCompare } from './reference-line';
import { handoutSections } from './sections';

const catalog = checkCatalog(
	JSON.parse(readFileSync('static/data/frontlines/index.json', 'utf8')) as unknown
);
const spring = handoutSections(MILESTONES, 'spring-2022');
const resumed = handoutSections(MILESTONES, 'talks-resumed');
const istanbul = spring.find((s) => s.milestone.id === 'istanbul-communique')!;

/** A front line of two points, Kyiv to Kharkiv. */
const frame = (sourceId: 'isw' | 'liveuamap', date: string): FrontlineFrame => ({
	sourceId,
	date,
	attribution: '',
	areas: { type: 'FeatureCollection', features: [] },
	line: {
		type: 'FeatureCollection',
		features: [
			{
				type: 'Feature',
				properties: {},
				geometry: {
					type: 'LineString',
					coordinates: [
						[30.52, 50.45],
						[36.23, 49.99]
					]
				}
			}
		]
	}
});

describe('a printed map’s reference line', () => {
	it('is the map’s own assessment when it covers the day, drawn in the map’s projection', () => {
		const reference = referenceFor(catalog, istanbul, '2022-03-01');
		expect(reference.source.id).toBe('isw');
		expect(reference.asOf).toBe('2022-03-01');
		const line = referenceLine(istanbul, reference, frame('isw', '2022-03-01'));
		expect(line.caption).toBe('Dashed: the front line of 1 March 2022 (ISW/CTP).');
		// Kyiv inside the 1000 × 620 viewBox, then a relative step east to Kharkiv (svg-path.ts).
		const [, x, y, dx] = line.path.match(/^M([\d.]+) ([\d.]+)l([\d.]+)[ -]/)!.map(Number);
		expect(x).toBeGreaterThan(0);
		expect(x).toBeLessThan(1000);
		expect(y).toBeGreaterThan(0);
		expect(y).toBeLessThan(620);
		expect(dx).toBeGreaterThan(100);
	});

	it('comes from the assessment that covers both days, and says when the map is another’s', () => {
		const reference = referenceFor(catalog, istanbul, '2025-05-16');
		expect(reference.source.id).toBe('liveuamap');
		const line = referenceLine(istanbul, reference, frame('liveuamap', reference.asOf!));
		expect(line.caption).toMatch(
			/^Dashed: the front line of \d+ May 2025 \(liveuamap\/NZZ; the map itself is ISW\/CTP’s\)\.$/
		);
		const later = referenceLine(
			resumed[0],
			referenceFor(catalog, resumed[0], '2022-03-29'),
			frame('liveuamap', '2022-03-29')
		);
		expect(later.caption).not.toContain('the map itself');
	});

	it('says so when there is no map to draw', () => {
		const reference = referenceFor(catalog, istanbul, '2022-03-01');
		const line = referenceLine(istanbul, reference, null);
		expect(line.path).toBe('');
		expect(line.caption).toMatch(/has no map/);
	});
});

describe('the handout’s compare parameter', () => {
	it('is read from and written into the query, the rest kept', () => {
		expect(compareParam('?compare=2022-03-01&x=1')).toBe('2022-03-01');
		expect(compareParam('')).toBeNull();
		expect(withCompare('?x=1', 'bucha')).toBe('?x=1&compare=bucha');
		expect(withCompare('?compare=bucha&x=1', null)).toBe('?x=1');
		expect(withCompare('?compare=bucha', null)).toBe('');
	});
});
