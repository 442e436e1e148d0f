import type { LngLatBoundsLike, Map as MapLibreMap } from 'maplibre-gl';
import type { Camera } from '../state/url';

/**
 * Where the map should look, and which venues to highlight there. The map moves when `key`
 * changes, never otherwise, so a reader who pans keeps the view until the story or the URL asks
 * for another one.
 */
export type CameraTarget = {
	key: string;
	venues: readonly string[];
	/** Jump rather than fly (a view read from a URL is shown as it is, at once). */
	instant?: boolean;
} & ({ camera: Camera } | { bounds: LngLatBoundsLike; padding?: number });

/** Moves to a target: flies to a framing, or jumps if the target is instant or `still`. */
export function moveCamera(map: MapLibreMap, target: CameraTarget, still: boolean): void {
	if ('camera' in target) {
		const [lng, lat, zoom] = target.camera;
		map.jumpTo({ center: [lng, lat], zoom });
		return;
	}
	const animate = !still && !target.instant;
	map.fitBounds(target.bounds, {
		padding: target.padding ?? 40,
		maxZoom: 6,
		animate,
		duration: 1200
	});
}

/** Calls back with the camera after each move the reader made (not the story's own moves). */
export function watchReaderMoves(map: MapLibreMap, onMove: (camera: Camera) => void): void {
	// Only moves that began with the reader's own input carry an originalEvent.
	map.on('moveend', (event) => {
		if (!event.originalEvent) return;
		const { lng, lat } = map.getCenter();
		onMove([lng, lat, map.getZoom()]);
	});
}
