import { describe, expect, it } from 'vitest';
import { deltaE, type Deficiency } from './colour-vision';
import { PALETTE as C } from './palette';

const DEFICIENCIES: (Deficiency | undefined)[] = [
	undefined,
	'protanopia',
	'deuteranopia',
	'tritanopia'
];

describe('deltaE', () => {
	it('is 0 for one colour and about 100 for black and white', () => {
		expect(deltaE('#336699', '#336699')).toBe(0);
		expect(deltaE('#000000', '#ffffff')).toBeCloseTo(100, 0);
	});

	it('sees red and green run together with deuteranopia', () => {
		expect(deltaE('#d62728', '#2ca02c')).toBeGreaterThan(60);
		expect(deltaE('#d62728', '#2ca02c', 'deuteranopia')).toBeLessThan(25);
	});
});

// Keys a reader must tell apart on one map or chart; ΔE 20 is far beyond "just noticeable".
const PAIRS: [keyof typeof C, keyof typeof C][] = [
	['guarantor', 'pending'],
	['guarantor', 'control'],
	['guarantor', 'land'],
	['pending', 'land'],
	['pending', 'control'],
	['bandNear', 'bandFar'],
	['bandNear', 'control'],
	['excluded', 'occupied2014Hatch'],
	['crimeaLine', 'frontLine'],
	['chartUkraine', 'chartRussia']
];

describe('the treaty layers’ colours, for colour-blind readers', () => {
	it.each(PAIRS)('%s and %s stay apart with every common deficiency', (a, b) => {
		for (const deficiency of DEFICIENCIES) {
			expect(deltaE(C[a], C[b], deficiency), deficiency ?? 'normal vision').toBeGreaterThan(20);
		}
	});
});
