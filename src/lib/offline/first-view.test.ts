import { describe, expect, it } from 'vitest';
import { createFirstViewGate } from './first-view';

/** A clock the test moves by hand. */
function manualTimers() {
	const timers: { at: number; run: () => void }[] = [];
	let now = 0;
	return {
		setTimer: (run: () => void, ms: number) => timers.push({ at: now + ms, run }),
		advance(ms: number) {
			now += ms;
			for (const timer of timers.filter((t) => t.at <= now)) {
				timers.splice(timers.indexOf(timer), 1);
				timer.run();
			}
		}
	};
}

describe('createFirstViewGate', () => {
	it('runs at once when nothing holds the first view (a page without a map)', () => {
		const gate = createFirstViewGate(1000, manualTimers().setTimer);
		const ran: string[] = [];
		gate.whenDrawn(() => ran.push('offline'));
		expect(ran).toEqual(['offline']);
	});

	it('waits for every hold to be released, and runs once', () => {
		const clock = manualTimers();
		const gate = createFirstViewGate(1000, clock.setTimer);
		const map = gate.hold();
		const other = gate.hold();
		const ran: string[] = [];
		gate.whenDrawn(() => ran.push('offline'));
		map();
		map();
		expect(ran).toEqual([]);
		other();
		expect(ran).toEqual(['offline']);
		clock.advance(5000);
		expect(ran).toEqual(['offline']);
	});

	it('runs after its limit when the first view never comes, and not again on release', () => {
		const clock = manualTimers();
		const gate = createFirstViewGate(1000, clock.setTimer);
		const release = gate.hold();
		const ran: string[] = [];
		gate.whenDrawn(() => ran.push('offline'));
		clock.advance(999);
		expect(ran).toEqual([]);
		clock.advance(1);
		expect(ran).toEqual(['offline']);
		release();
		expect(ran).toEqual(['offline']);
	});

	it('a hold taken after the wait ended changes nothing; a later wait waits for it', () => {
		const gate = createFirstViewGate(1000, manualTimers().setTimer);
		const ran: string[] = [];
		gate.whenDrawn(() => ran.push('first'));
		const release = gate.hold();
		gate.whenDrawn(() => ran.push('second'));
		expect(ran).toEqual(['first']);
		release();
		expect(ran).toEqual(['first', 'second']);
	});
});
