import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { adjacentViews, asOfDate, checkCatalog, chunkFor, resolveView } from './catalog';
import { legendNotes, mapKeys } from './legend';
import { DATA_FIRST, DATA_LAST, ISW_LAST } from './range';
import type { FrontlineIndex, FrontlineIndexSource } from './types';

const source = (
	id: 'isw' | 'liveuamap',
	dates: string[],
	last = dates.at(-1)!
): FrontlineIndexSource => ({
	id,
	label: id === 'isw' ? 'ISW/CTP' : 'liveuamap/NZZ',
	attribution: 'a',
	layers: ['control'],
	first: dates[0],
	last,
	dates,
	areaKm2: dates.map(() => 1),
	chunks: [{ file: `/data/${id}.json`, from: dates[0], to: last }],
	gaps: id === 'isw' ? [{ date: '2022-09-29', reason: 'ISW’s layer omits Crimea.' }] : []
});
const isw = source('isw', ['2022-02-24', '2022-02-25', '2022-09-28', '2022-11-30']);
const nzz = source('liveuamap', ['2022-02-24', '2022-03-05', '2023-01-10']);
const catalog: FrontlineIndex = { generated: 'npm run geodata', sources: [isw, nzz] };

describe('asOfDate', () => {
	it('gives the latest date on or before the day', () => {
		expect(asOfDate(nzz, '2022-03-04')).toBe('2022-02-24');
		expect(asOfDate(nzz, '2022-03-05')).toBe('2022-03-05');
		expect(asOfDate(nzz, '2030-01-01')).toBe('2023-01-10');
		expect(asOfDate(nzz, '2022-02-23')).toBeNull();
	});
});

describe('resolveView', () => {
	it('keeps the chosen source while it has data', () => {
		expect(resolveView(catalog, 'isw', '2022-03-01')).toMatchObject({
			asOf: '2022-02-25',
			substitutedFor: null
		});
	});

	it('shows the other source after the chosen one ends, and says which it replaced', () => {
		const view = resolveView(catalog, 'isw', '2022-12-15');
		expect(view.source.id).toBe('liveuamap');
		expect(view.substitutedFor?.id).toBe('isw');
		expect(legendNotes(view, '2022-12-15', 'isw')[0]).toBe(
			'ISW/CTP data here ends on 30 November 2022; this day shows liveuamap/NZZ.'
		);
	});

	it('explains a source gap and a day without an update', () => {
		expect(legendNotes(resolveView(catalog, 'isw', '2022-09-29'), '2022-09-29', 'isw')).toEqual([
			'ISW’s layer omits Crimea.'
		]);
		expect(
			legendNotes(resolveView(catalog, 'liveuamap', '2022-03-04'), '2022-03-04', 'liveuamap')
		).toEqual(['No liveuamap/NZZ update for this day: showing the map as of 24 February 2022.']);
	});
});

describe('chunkFor and checkCatalog', () => {
	it('finds the file that holds a date', () => {
		expect(chunkFor(nzz, '2022-06-01')?.file).toBe('/data/liveuamap.json');
		expect(chunkFor(nzz, '2024-01-01')).toBeNull();
	});

	it('rejects something that is not an index', () => {
		expect(() => checkCatalog({ sources: [{ id: 'x', dates: [1], areaKm2: [] }] })).toThrow(
			'not a front-line index'
		);
	});
});

describe('the data range the app knows before loading anything', () => {
	it('matches what the pipeline wrote', () => {
		const index: FrontlineIndex = JSON.parse(
			readFileSync('static/data/frontlines/index.json', 'utf8')
		);
		const first = index.sources.map((s) => s.first).sort()[0];
		const last = index.sources
			.map((s) => s.last)
			.sort()
			.at(-1);
		expect([first, last]).toEqual([DATA_FIRST, DATA_LAST]);
		expect(index.sources.find((s) => s.id === 'isw')?.last).toBe(ISW_LAST);
	});
});

describe('adjacentViews', () => {
	const views = (chosen: 'isw' | 'liveuamap', day: string) =>
		adjacentViews(catalog, chosen, day).map((v) => `${v.source.id} ${v.asOf}`);

	it('names the frames one day either way, not the one shown', () => {
		expect(views('isw', '2022-02-25')).toEqual(['isw 2022-02-24']);
		expect(views('isw', '2022-02-24')).toEqual(['isw 2022-02-25']);
	});

	it('names nothing when both neighbours show the same frame', () => {
		expect(views('isw', '2022-06-01')).toEqual([]);
	});

	it('reaches further out nearest first, each frame once', () => {
		const daily = source('isw', [
			'2022-03-17',
			'2022-03-18',
			'2022-03-19',
			'2022-03-20',
			'2022-03-21',
			'2022-03-22',
			'2022-03-23'
		]);
		const far = adjacentViews({ ...catalog, sources: [daily, nzz] }, 'isw', '2022-03-20', 3);
		expect(far.map((v) => v.asOf)).toEqual([
			'2022-03-21',
			'2022-03-19',
			'2022-03-22',
			'2022-03-18',
			'2022-03-23',
			'2022-03-17'
		]);
		// After the 23rd, ISW's last, the other source; each frame named once.
		const near = adjacentViews({ ...catalog, sources: [daily, nzz] }, 'isw', '2022-03-22', 3);
		expect(near.map((v) => `${v.source.id} ${v.asOf}`)).toEqual([
			'isw 2022-03-23',
			'isw 2022-03-21',
			'liveuamap 2022-03-05',
			'isw 2022-03-20',
			'isw 2022-03-19'
		]);
	});

	it('follows the switch to the other source after the chosen one ends', () => {
		expect(views('isw', '2022-11-30')).toEqual(['liveuamap 2022-03-05', 'isw 2022-09-28']);
	});
});

describe('mapKeys', () => {
	it('lists the assessed layers only for an assessment that has them, and a comparison’s line', () => {
		const isw = mapKeys(['control', 'advance', 'counteroffensive']);
		expect(isw.map((k) => k.swatch)).toEqual(['control', 'advance', 'counter', 'occupied', 'line']);
		expect(isw[0].label).toBe('Russian-controlled (assessed)');
		const nzz = mapKeys(['control'], 'Front line on 29 March 2022 (dashed)');
		expect(nzz.map((k) => k.swatch)).toEqual(['control', 'occupied', 'line', 'compare-line']);
		expect(nzz[0].label).toBe('Russian-controlled');
		expect(nzz.at(-1)!.label).toBe('Front line on 29 March 2022 (dashed)');
	});
});
