import type { Map as MapLibreMap } from 'maplibre-gl';

declare global {
	namespace App {
		// interface Error {}
		// interface Locals {}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}

	/** A hash of the files in static/data/, made when the site is built (vite.config.ts). */
	const __DATA_VERSION__: string;

	interface Window {
		/**
		 * Automation hook: set once the map has loaded, so browser tests can query it. `drawnDay`
		 * is the front lines' day in the last frame drawn; `drawnBy` says which layers drew it
		 * (MapLibre's, whose rendered features carry `date`, the day switch's custom layers, or the
		 * overlay a drag of the date is drawn on);
		 * `preparedDays` how many days the day switch holds ready (`dayMeshesBuiltBy`: triangulated
		 * in a worker, or on the page's thread where none could start); `world` where the low-detail
		 * world around the region stands (it loads only once a view reaches past the region);
		 * `frameHold` whether MapLibre's frames before the basemap's first tile were skipped.
		 */
		__talksAtlas?: {
			map: MapLibreMap;
			readonly drawnDay: string | null;
			readonly drawnBy: 'maplibre' | 'day-switch' | 'drag-overlay';
			readonly preparedDays: number;
			readonly dayMeshesBuiltBy: 'worker' | 'page';
			readonly world: 'not-needed-yet' | 'loading' | 'drawn' | 'failed';
			/** In the swipe view, the days its last frame drew left and right of the divider. */
			readonly swipeDays: { left: string | null; right: string | null } | null;
			/**
			 * Whether the frames before the basemap's first tile were skipped, how many were, and
			 * what ended the hold (`basemap`, or `error`, `idle`, `limit`, `remove`).
			 */
			readonly frameHold: { installed: boolean; held: number; endedBy: string | null };
		};
	}
}

export {};
