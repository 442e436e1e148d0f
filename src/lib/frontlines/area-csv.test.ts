import { describe, expect, it } from 'vitest';
import { inUkrainian } from '../i18n/in-ukrainian';
import { areaCsv, areaCsvFilename } from './area-csv';
import type { FrontlineIndexSource } from './types';

const source: FrontlineIndexSource = {
	id: 'isw',
	label: 'ISW/CTP',
	attribution: 'Assessed control of terrain: ISW and AEI’s CTP, "daily"',
	layers: ['control'],
	first: '2022-02-24',
	last: '2022-02-28',
	dates: ['2022-02-24', '2022-02-25', '2022-02-28'],
	areaKm2: [79516, 99206, 120000],
	chunks: [],
	gaps: []
};

const rows = (csv: string) =>
	csv
		.trim()
		.split('\n')
		.filter((line) => !line.startsWith('#'));

describe('areaCsv', () => {
	it('has the credit in its header and one row a day, a day without a map taking the one before', () => {
		const csv = areaCsv(source);
		expect(csv.split('\n')[1]).toBe(
			'# Source: ISW/CTP. Assessed control of terrain: ISW and AEI’s CTP, "daily".'
		);
		expect(rows(csv)).toEqual([
			'date,km2,source,as_of',
			'2022-02-24,79516,ISW/CTP,2022-02-24',
			'2022-02-25,99206,ISW/CTP,2022-02-25',
			'2022-02-26,99206,ISW/CTP,2022-02-25',
			'2022-02-27,99206,ISW/CTP,2022-02-25',
			'2022-02-28,120000,ISW/CTP,2022-02-28'
		]);
		expect(areaCsvFilename(source)).toBe('talks-atlas-area-isw.csv');
	});

	it('quotes a label with a comma', () => {
		const csv = areaCsv({ ...source, label: 'NZZ, via liveuamap' });
		expect(rows(csv)[1]).toBe('2022-02-24,79516,"NZZ, via liveuamap",2022-02-24');
	});
});

describe('areaCsv on a Ukrainian page', () => {
	it('explains itself in Ukrainian and keeps its header and rows as data', () => {
		const csv = inUkrainian(() => areaCsv(source));
		const lines = csv.split('\n');
		expect(lines[0]).toBe(
			'# Атлас переговорів: площа під контролем Росії за днями, як її показує графік атласу'
		);
		expect(lines[1]).toBe(
			'# Джерело: ISW/CTP. Assessed control of terrain: ISW and AEI’s CTP, "daily".'
		);
		expect(rows(csv)).toEqual(rows(areaCsv(source)));
	});
});
