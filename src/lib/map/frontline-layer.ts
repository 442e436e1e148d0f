import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { FrontlineFrame } from '../frontlines/store';
import { STEP_FRAME, STEP_START, STEP_WORK } from '../perf-marks';
import { EMPTY_COLLECTION } from '../geojson';
import type { MapCredit } from './credit';

/**
 * Draws one day's front lines and credits the assessment they come from in the same step (the
 * credit is the frame's own, so the corner never names one source over another's lines).
 * Returns the drawing function.
 */
export function createFrontlineDrawing(
	map: MapLibreMap,
	credit: MapCredit
): (frame: FrontlineFrame | null) => void {
	let frameWatch: (() => void) | null = null;
	// Read by the benchmark (tests/tools/bench.mjs): from the mark the front-line view sets when
	// the day changes to the first frame drawn with the new data.
	const watchFirstFrame = () => {
		if (frameWatch) map.off('render', frameWatch);
		const start = performance.now();
		const watch = () => {
			if (!map.isSourceLoaded('frontAreas') || !map.isSourceLoaded('frontLine')) return;
			performance.measure(STEP_FRAME, { start, end: performance.now() });
			map.off('render', watch);
			frameWatch = null;
		};
		frameWatch = watch;
		map.on('render', watch);
	};

	return (frame) => {
		(map.getSource('frontAreas') as GeoJSONSource).setData(frame?.areas ?? EMPTY_COLLECTION);
		(map.getSource('frontLine') as GeoJSONSource).setData(frame?.line ?? EMPTY_COLLECTION);
		credit.set(frame?.attribution ?? null);
		if (performance.getEntriesByName(STEP_START, 'mark').length > 0) {
			performance.measure(STEP_WORK, STEP_START);
			performance.clearMarks(STEP_START);
			watchFirstFrame();
		}
	};
}
