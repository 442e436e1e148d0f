import { describe, expect, it, vi } from 'vitest';
import { delayAfter, Playback } from './playback.svelte';

describe('delayAfter', () => {
	it('steps at the chosen speed and dwells on talks milestones', () => {
		expect(delayAfter(false, 4, 6)).toBe(250);
		expect(delayAfter(true, 4, 6)).toBe(6000);
		expect(delayAfter(true, 4, 0)).toBe(250);
	});
});

describe('Playback', () => {
	it('advances day by day, waits on a milestone, and stops at the end', () => {
		vi.useFakeTimers();
		let day = 0;
		const playback = new Playback(() => {
			if (day === 5) return { moved: false, onTalksMilestone: false };
			day++;
			return { moved: true, onTalksMilestone: day === 2 };
		});
		playback.daysPerSecond = 10;
		playback.dwellSeconds = 3;
		playback.play();
		vi.advanceTimersByTime(200);
		expect(day).toBe(2);
		vi.advanceTimersByTime(2500);
		expect(day).toBe(2); // reading the milestone
		vi.advanceTimersByTime(1000);
		expect(day).toBeGreaterThan(2);
		vi.advanceTimersByTime(5000);
		expect([day, playback.playing]).toEqual([5, false]);
		vi.useRealTimers();
	});

	it('rewinds to the range’s start when asked to play from its end, unless told not to', () => {
		vi.useFakeTimers();
		let day = 5;
		const playback = new Playback(
			() => {
				if (day === 5) return { moved: false, onTalksMilestone: false };
				day++;
				return { moved: true, onTalksMilestone: false };
			},
			() => {
				if (day === 5) day = 0;
			}
		);
		playback.play({ rewind: false });
		vi.advanceTimersByTime(1000);
		expect([day, playback.playing]).toEqual([5, false]);
		playback.play();
		expect(day).toBe(0);
		vi.advanceTimersByTime(5000);
		expect([day, playback.playing]).toEqual([5, false]);
		vi.useRealTimers();
	});

	it('pauses on request', () => {
		vi.useFakeTimers();
		let day = 0;
		const playback = new Playback(() => ({
			moved: true,
			onTalksMilestone: false,
			...{ d: day++ }
		}));
		playback.play();
		playback.pause();
		vi.advanceTimersByTime(5000);
		expect(day).toBe(0);
		vi.useRealTimers();
	});
});
