import { describe, expect, it } from 'vitest';
import { dayNumber, isoFromDayNumber } from '../dates';
import { keyTarget, monthTicks, snapMark, stepAreaPath, timeScale } from './scale';

const focus = { from: '2022-02-24', to: '2022-05-31', share: 0.75 };
const talks = timeScale('2022-02-24', '2026-08-21', 'talks', focus);
const war = timeScale('2022-02-24', '2026-08-21', 'war', focus);

describe('timeScale', () => {
	it('gives the talks window most of the width in talks mode, and days evenly in war mode', () => {
		expect(talks.toFraction('2022-05-31')).toBeCloseTo(0.75);
		expect(war.toFraction('2022-05-31')).toBeLessThan(0.07);
		expect(talks.toFraction('2022-02-24')).toBe(0);
		expect(talks.toFraction('2026-08-21')).toBe(1);
	});

	it('turns positions back into days, clamped to the range', () => {
		for (const day of ['2022-02-24', '2022-03-29', '2022-05-31', '2024-02-29', '2026-08-21']) {
			expect(talks.fromFraction(talks.toFraction(day))).toBe(day);
		}
		expect(talks.fromFraction(-1)).toBe('2022-02-24');
		expect(talks.fromFraction(2)).toBe('2026-08-21');
	});
});

describe('timeScale focused on a window in the middle or at the end', () => {
	it('gives the window its share and the days before and after it the rest, evenly', () => {
		const middle = timeScale('2022-02-24', '2026-08-21', 'talks', {
			from: '2022-06-01',
			to: '2024-12-31',
			share: 0.6
		});
		const before = middle.toFraction('2022-06-01');
		const after = 1 - middle.toFraction('2024-12-31');
		expect(middle.toFraction('2024-12-31') - before).toBeCloseTo(0.6);
		// 97 days before the window, 598 after it: the 0.4 left is split in that proportion.
		expect(before / after).toBeCloseTo(97 / 598, 3);
		const end = timeScale('2022-02-24', '2026-08-21', 'talks', {
			from: '2025-01-01',
			to: '2026-08-21',
			share: 0.78
		});
		expect(end.toFraction('2025-01-01')).toBeCloseTo(0.22);
		for (const day of ['2022-02-24', '2025-01-01', '2025-05-16', '2026-08-21']) {
			expect(end.fromFraction(end.toFraction(day))).toBe(day);
		}
	});

	it('is even when the window covers the whole range', () => {
		const whole = timeScale('2022-02-24', '2026-08-21', 'talks', {
			from: '2022-01-01',
			to: '2027-01-01',
			share: 0.78
		});
		expect(whole.toFraction('2024-05-23')).toBeCloseTo(war.toFraction('2024-05-23'));
	});
});

describe('monthTicks', () => {
	it('labels years first and never crowds labels', () => {
		const ticks = monthTicks(talks, 900, 36);
		const labelled = ticks.filter((t) => t.label);
		expect(labelled.map((t) => t.label)).toEqual(
			expect.arrayContaining(['Mar', 'Apr', 'May', '2023', '2026'])
		);
		const xs = labelled.map((t) => t.fraction * 900).sort((a, b) => a - b);
		for (let i = 1; i < xs.length; i++) expect(xs[i] - xs[i - 1]).toBeGreaterThanOrEqual(36);
	});
});

describe('stepAreaPath', () => {
	it('draws a step chart that ends after its last date', () => {
		const scale = timeScale('2022-01-01', '2022-01-11', 'war', focus);
		const path = stepAreaPath(['2022-01-01', '2022-01-06'], [0, 10], scale, 100, 10, [0, 10]);
		expect(path).toBe('M0,10L0,10.0L50,10.0L50,0.0L60,0.0L60,10Z');
	});
});

describe('keyTarget', () => {
	it('steps by day and week, jumps to the ends, clamps, and ignores other keys', () => {
		expect(keyTarget('ArrowRight', '2022-02-28', '2022-02-24', '2026-08-21')).toBe('2022-03-01');
		expect(keyTarget('PageDown', '2022-03-01', '2022-02-24', '2026-08-21')).toBe('2022-02-24');
		expect(keyTarget('End', '2022-03-01', '2022-02-24', '2026-08-21')).toBe('2026-08-21');
		expect(keyTarget('a', '2022-03-01', '2022-02-24', '2026-08-21')).toBeNull();
	});
});

describe('monthTicks at the track’s end', () => {
	it('labels no tick without room for its label before the end of the track', () => {
		// Phone-wide to laptop-wide tracks.
		for (let width = 280; width <= 1000; width += 2) {
			const ticks = monthTicks(talks, width, 36);
			for (const tick of ticks.filter((t) => t.label)) {
				expect(tick.fraction * width + 30, `${tick.iso} at ${width}`).toBeLessThanOrEqual(width);
			}
			expect(ticks.filter((t) => t.label).length).toBeGreaterThan(3);
		}
	});
});

describe('snapMark', () => {
	const scale = timeScale('2022-01-01', '2022-01-11', 'war', focus);
	const marks = [
		{ id: 'a', date: '2022-01-03' },
		{ id: 'b', date: '2022-01-06' }
	];

	it('snaps to the nearest mark within the radius, and to none beyond it', () => {
		expect(snapMark(52, marks, scale, 100)?.id).toBe('b');
		expect(snapMark(24, marks, scale, 100)?.id).toBe('a');
		expect(snapMark(35, marks, scale, 100)).toBeNull();
	});

	it('leaves every day of the talks window reachable by a drag on a phone-wide track', () => {
		const width = 380;
		const dense = ['2022-03-07', '2022-03-10', '2022-03-14', '2022-03-29', '2022-03-30'].map(
			(date, i) => ({ id: String(i), date })
		);
		const reached = new Set<string>();
		for (let x = 0; x <= talks.toFraction('2022-05-31') * width; x += 0.25) {
			reached.add(snapMark(x, dense, talks, width)?.date ?? talks.fromFraction(x / width));
		}
		for (let day = dayNumber('2022-02-24'); day <= dayNumber('2022-05-31'); day++) {
			expect(reached.has(isoFromDayNumber(day))).toBe(true);
		}
	});

	it('still pulls the pointer onto a mark where days are narrower than a pixel', () => {
		const width = 900;
		const mark = { id: 'later', date: '2025-03-11' };
		const at = talks.toFraction(mark.date) * width;
		expect(snapMark(at + 5, [mark], talks, width)?.id).toBe('later');
		expect(snapMark(at + 7, [mark], talks, width)).toBeNull();
	});
});
