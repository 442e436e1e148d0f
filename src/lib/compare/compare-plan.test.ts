import { describe, expect, it } from 'vitest';
import { comparePlan } from './compare-plan';
import type { FrontlineIndex, FrontlineIndexSource } from '../frontlines/types';

const source = (
	id: 'isw' | 'liveuamap',
	dates: string[],
	areaKm2: number[]
): FrontlineIndexSource => ({
	id,
	label: id === 'isw' ? 'ISW/CTP' : 'liveuamap/NZZ',
	attribution: '',
	layers: ['control'],
	first: dates[0],
	last: dates[dates.length - 1],
	dates,
	areaKm2,
	chunks: [],
	gaps: []
});

const catalog: FrontlineIndex = {
	generated: 'npm run geodata',
	sources: [
		source('isw', ['2022-02-24', '2022-03-29', '2022-04-15', '2022-11-30'], [80, 120, 100, 110]),
		source('liveuamap', ['2022-02-24', '2022-03-30', '2024-03-13', '2025-05-16'], [60, 90, 95, 97])
	]
};

describe('comparePlan', () => {
	it('compares in the assessment shown when it covers both days, with the chart’s areas', () => {
		const plan = comparePlan(catalog, 'isw', '2022-04-15', '2022-03-29');
		expect(plan.source.id).toBe('isw');
		expect(plan.reference).toEqual({ day: '2022-03-29', asOf: '2022-03-29', km2: 120 });
		expect(plan.current).toEqual({ day: '2022-04-15', asOf: '2022-04-15', km2: 100 });
		expect(plan.otherThanShown).toBe(false);
		expect(plan.notes).toEqual([]);
	});

	it('moves both days to one assessment that covers them, and says so', () => {
		const plan = comparePlan(catalog, 'isw', '2022-04-15', '2023-01-10');
		expect(plan.source.id).toBe('liveuamap');
		expect(plan.reference.asOf).toBe('2022-03-30');
		expect(plan.current).toEqual({ day: '2022-04-15', asOf: '2022-03-30', km2: 90 });
		expect(plan.otherThanShown).toBe(true);
		expect(plan.notes[0]).toContain('ISW/CTP does not cover both days');
	});

	it('warns when the two maps straddle NZZ’s change of what it includes', () => {
		const plan = comparePlan(catalog, 'liveuamap', '2025-05-16', '2022-03-30');
		expect(plan.notes.join(' ')).toContain('a change in the data, not on the ground');
		expect(comparePlan(catalog, 'liveuamap', '2025-05-16', '2024-03-13').notes).toEqual([]);
	});
});
