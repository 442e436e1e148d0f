/**
 * Work that must not compete with the page's first view waits for it here. The offline copy's
 * install fetches and stores hundreds of files (the app, its pages, the basemap's tiles): begun
 * while the map drew its first view, it took the cores that the map's worker and software WebGL
 * needed, and the first idle came about a second later (README, Benchmark).
 */
export interface FirstViewGate {
	/**
	 * A part of the first view (the map) is loading. Call the function returned once it is drawn,
	 * or has failed, or is gone; calling it again does nothing.
	 */
	hold(): () => void;
	/**
	 * Runs `run` once nothing holds the first view: at once if nothing does, and at the latest
	 * after the gate's limit (a map in a hidden tab draws nothing until it is shown).
	 */
	whenDrawn(run: () => void): void;
}

/** Long enough for a slow phone's first map; past it the offline copy is made anyway. */
export const FIRST_VIEW_LIMIT_MS = 20_000;

export function createFirstViewGate(
	limitMs = FIRST_VIEW_LIMIT_MS,
	setTimer: (run: () => void, ms: number) => unknown = setTimeout
): FirstViewGate {
	let holds = 0;
	let waiting: (() => void)[] = [];
	const runWaiting = () => {
		const due = waiting;
		waiting = [];
		for (const run of due) run();
	};
	return {
		hold() {
			holds++;
			let released = false;
			return () => {
				if (released) return;
				released = true;
				holds--;
				if (holds === 0) runWaiting();
			};
		},
		whenDrawn(run) {
			let done = false;
			const once = () => {
				if (done) return;
				done = true;
				run();
			};
			if (holds === 0) return once();
			waiting.push(once);
			setTimer(once, limitMs);
		}
	};
}

/** The page's own gate: the map holds it (MapView), the offline copy waits on it (the layout). */
export const firstView = createFirstViewGate();
