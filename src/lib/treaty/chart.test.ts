import { describe, expect, it } from 'vitest';
import { FORCE_CAPS } from '../content/treaty';
import { inUkrainian } from '../i18n/in-ukrainian';
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

describe('the chart on a Ukrainian page', () => {
	it('writes the numbers and the gap in Ukrainian', () => {
		const army = { ...FORCE_CAPS.caps.find((c) => c.id === 'army')!, label: 'Армія', unit: 'осіб' };
		const [ukraine, russia] = inUkrainian(() => capBars(army));
		expect(ukraine.label).toBe('Позиція України');
		expect(russia.label).toBe('Позиція Росії');
		expect(ukraine.text).toBe(`${new Intl.NumberFormat('uk').format(250_000)} осіб`);
		expect(inUkrainian(() => capGap(army))).toBe(
			`Армія: Україна пропонувала ${new Intl.NumberFormat('uk').format(250_000)} осіб, Росія — ${new Intl.NumberFormat('uk').format(85_000)} (34 % від цифри України).`
		);
	});
});
