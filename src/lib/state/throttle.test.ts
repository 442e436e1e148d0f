import { afterEach, describe, expect, it, vi } from 'vitest';
import { throttle } from './throttle';

afterEach(() => vi.useRealTimers());

describe('throttle', () => {
	it('runs at once, then at most once per interval with the latest arguments', () => {
		vi.useFakeTimers();
		const calls: number[] = [];
		const t = throttle((n: number) => calls.push(n), 100);
		t(1);
		t(2);
		t(3);
		expect(calls).toEqual([1]);
		vi.advanceTimersByTime(100);
		expect(calls).toEqual([1, 3]);
		t(4);
		t.flush();
		expect(calls).toEqual([1, 3, 4]);
		vi.useRealTimers();
	});

	it('cancel drops the pending call (Back must not be overwritten by a late write)', () => {
		vi.useFakeTimers();
		const calls: number[] = [];
		const t = throttle((n: number) => calls.push(n), 100);
		t(1);
		t(2);
		t.cancel();
		vi.advanceTimersByTime(500);
		expect(calls).toEqual([1]);
	});

	it('flush runs the pending call now, once', () => {
		vi.useFakeTimers();
		const calls: number[] = [];
		const t = throttle((n: number) => calls.push(n), 100);
		t(1);
		t(2);
		t.flush();
		t.flush();
		vi.advanceTimersByTime(500);
		expect(calls).toEqual([1, 2]);
	});
});
