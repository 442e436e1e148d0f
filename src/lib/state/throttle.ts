/**
 * Calls `fn` at most once per `ms`, always with the latest arguments, and once more at the end
 * of a burst so the final value is never lost.
 */
export function throttle<A extends unknown[]>(fn: (...args: A) => void, ms: number) {
	let last = -Infinity;
	let timer: ReturnType<typeof setTimeout> | undefined;
	let pending: A | undefined;
	const run = () => {
		timer = undefined;
		last = Date.now();
		const args = pending!;
		pending = undefined;
		fn(...args);
	};
	const throttled = (...args: A) => {
		pending = args;
		if (timer !== undefined) return;
		const wait = Math.max(0, last + ms - Date.now());
		if (wait === 0) run();
		else timer = setTimeout(run, wait);
	};
	throttled.cancel = () => {
		if (timer !== undefined) clearTimeout(timer);
		timer = undefined;
		pending = undefined;
	};
	throttled.flush = () => {
		if (timer !== undefined) {
			clearTimeout(timer);
			run();
		}
	};
	return throttled;
}
