import { describe, expect, it } from 'vitest';
import { dayNumber, setDateLocale } from '../dates';
import { getLocale, overwriteGetLocale } from '../paraglide/runtime';
import { MAX_VIDEO_BYTES, describePlan, planVideo, videoFilename } from './video-plan';

const plan = (from: string, to: string, fps = 10, size: '720p' | '1080p' = '720p') => {
	const result = planVideo({ from, to, fps, size }, '2022-02-24', '2026-08-21');
	if (!result.plan) throw new Error(result.error);
	return result.plan;
};

describe('planVideo', () => {
	it('gives one frame a day, both ends included', () => {
		const p = plan('2022-03-29', '2022-04-15');
		expect(p.days).toHaveLength(18);
		expect(p.days[0]).toBe('2022-03-29');
		expect(p.days[1]).toBe('2022-03-30');
		expect(p.days.at(-1)).toBe('2022-04-15');
		expect(p.stepDays).toBe(1);
		expect(p.seconds).toBeCloseTo(1.8);
		expect([p.width, p.height]).toEqual([1280, 720]);
		expect(p.notes).toEqual([]);
	});

	it('skips days evenly when the whole span would pass the size cap, and says so', () => {
		const p = plan('2022-02-24', '2026-08-21', 10, '1080p');
		expect(p.stepDays).toBeGreaterThan(1);
		expect(p.estimatedBytes).toBeLessThan(MAX_VIDEO_BYTES);
		expect(p.days.at(-1)).toBe('2026-08-21');
		// Evenly: every frame but the last one step after the one before.
		const gaps = p.days.slice(1, -1).map((d, i) => dayNumber(d) - dayNumber(p.days[i]));
		expect(new Set(gaps)).toEqual(new Set([p.stepDays]));
		expect(p.notes.join(' ')).toMatch(/one day in \d+/);
	});

	it('keeps a range within the cap whole, however slow the rate', () => {
		const p = plan('2022-02-24', '2022-05-31', 5);
		expect(p.stepDays).toBe(1);
		expect(p.days).toHaveLength(97);
	});

	it('cuts a range to the data and says so', () => {
		const p = plan('2021-01-01', '2022-03-01');
		expect(p.days[0]).toBe('2022-02-24');
		expect(p.notes[0]).toMatch(/cut to them/);
	});

	it('refuses a reversed or empty range, an unknown rate, size or day', () => {
		expect(
			planVideo({ from: '2022-04-01', to: '2022-03-01', fps: 10, size: '720p' }).error
		).toMatch(/after the first/);
		expect(
			planVideo({ from: '2022-04-01', to: '2022-04-01', fps: 10, size: '720p' }).error
		).toMatch(/after the first/);
		expect(planVideo({ from: '2022-04-01', to: '2022-05-01', fps: 7, size: '720p' }).error).toMatch(
			/frames a second/
		);
		expect(
			planVideo({ from: '2022-04-01', to: '2022-05-01', fps: 10, size: '4k' as '720p' }).error
		).toMatch(/no video size/);
		expect(planVideo({ from: 'soon', to: '2022-05-01', fps: 10, size: '720p' }).error).toMatch(
			/Choose/
		);
	});

	it('names and describes the file', () => {
		const p = plan('2022-03-29', '2022-04-15');
		expect(videoFilename(p)).toBe('talks-atlas-2022-03-29-to-2022-04-15.webm');
		expect(describePlan(p)).toBe('18 frames, 1.8 seconds, under 1 MB');
	});
});

describe('a video plan in Ukrainian', () => {
	it('is described and explained in Ukrainian, with Ukrainian numbers and plurals', () => {
		const restore = getLocale;
		overwriteGetLocale(() => 'uk');
		setDateLocale('uk');
		try {
			expect(describePlan(plan('2022-03-29', '2022-04-15'))).toBe(
				'18 кадрів, 1,8 секунди, менше 1 МБ'
			);
			expect(describePlan(plan('2022-03-29', '2022-04-20'))).toBe(
				'23 кадри, 2,3 секунди, менше 1 МБ'
			);
			expect(plan('2021-01-01', '2022-03-01').notes[0]).toBe(
				'Карти охоплюють період від 24 лютого 2022 до 21 серпня 2026; проміжок обрізано до цих меж.'
			);
			expect(planVideo({ from: '2022-04-01', to: '2022-03-01', fps: 10, size: '720p' }).error).toBe(
				'Останній день має бути пізніше за перший.'
			);
		} finally {
			overwriteGetLocale(restore);
			setDateLocale('en');
		}
	});
});
