import { describe, expect, it } from 'vitest';
import { FORCE_CAPS } from '../content/treaty';
import { capBars, capGap } from './chart';

describe('capBars', () => {
	it('scales each cap to its larger position', () => {
		const army = FORCE_CAPS.caps.find((c) => c.id === 'army')!;
		const [ukraine, russia] = capBars(army);
		expect(ukraine).toMatchObject({ side: 'ukraine', share: 1, text: '250,000 people' });
		expect(russia.share).toBeCloseTo(85_000 / 250_000, 6);
		expect(russia.text).toBe('85,000 people');
	});

	it('does not divide by zero', () => {
		const bars = capBars({ id: 'tanks', label: 'Tanks', unit: 'tanks', ukraine: 0, russia: 0 });
		expect(bars.map((b) => b.share)).toEqual([0, 0]);
	});
});

describe('capGap', () => {
	it('puts the gap in words', () => {
		const range = FORCE_CAPS.caps.find((c) => c.id === 'missile-range')!;
		expect(capGap(range)).toBe(
			'Missile range: Ukraine proposed 280 km, Russia 40 (14 % of Ukraine’s figure).'
		);
	});
});
