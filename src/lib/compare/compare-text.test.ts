import { describe, expect, it } from 'vitest';
import { compareCaption, compareChoices, compareKeys } from './compare-text';
import type { ComparePlan } from './compare-plan';
import { MILESTONES } from '../content/milestones';
import { DATA_LAST } from '../frontlines/range';

const plan = (refKm2: number | null, curKm2: number): ComparePlan =>
	({
		source: { id: 'isw', label: 'ISW/CTP' },
		reference: { day: '2022-03-29', asOf: refKm2 === null ? null : '2022-03-29', km2: refKm2 },
		current: { day: '2022-04-15', asOf: '2022-04-15', km2: curKm2 },
		otherThanShown: false,
		notes: []
	}) as unknown as ComparePlan;

describe('compareKeys', () => {
	it('names both days and gives each area, the total from the chart’s series', () => {
		const keys = compareKeys(plan(125_000, 101_562), {
			areas: { type: 'FeatureCollection', features: [] },
			gainedKm2: 8888.4,
			lostKm2: 32324.6
		});
		expect(keys.line).toBe('Front line of 29 March 2022 (ISW/CTP), dashed');
		expect(keys.gained).toBe(
			'Under Russian control on 15 April 2022, not on 29 March 2022: 8,888 km²'
		);
		expect(keys.lost).toBe(
			'Under Russian control on 29 March 2022, not on 15 April 2022: 32,325 km²'
		);
		expect(keys.total).toBe(
			'Under Russian control, as the chart has it: 125,000 km² on 29 March 2022, 101,562 km² on 15 April 2022 (−23,438 km²)'
		);
	});

	it('gives no areas while they are worked out, and says when a day has no map', () => {
		const keys = compareKeys(plan(null, 100), null);
		expect(keys.gained).toBeNull();
		expect(keys.total).toBeNull();
		expect(keys.line).toBe('ISW/CTP has no map on or before 29 March 2022');
	});
});

describe('compareChoices', () => {
	it('offers every milestone in date order and the latest data last', () => {
		const choices = compareChoices(MILESTONES);
		expect(choices).toHaveLength(MILESTONES.length + 1);
		expect(choices.at(-1)?.value).toBe(DATA_LAST);
		expect(choices.find((c) => c.value === 'istanbul-communique')?.label).toContain(
			'29 March 2022'
		);
	});
});

describe('compareCaption', () => {
	it('says what the dashed line and the colours show, or nothing without both maps', () => {
		expect(compareCaption(plan(125_000, 101_562))).toBe(
			'Dashed: front line of 29 March 2022 (ISW/CTP) · orange: Russian-held on 15 April 2022, not on 29 March 2022 · teal: the reverse'
		);
		expect(compareCaption(plan(null, 1))).toBeNull();
	});
});
