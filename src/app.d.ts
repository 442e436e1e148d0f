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
		/** Automation hook: set once the map has loaded, so browser tests can query it. */
		__talksAtlas?: { map: MapLibreMap };
	}
}

export {};
