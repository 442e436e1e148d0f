import type { LngLatBoundsLike, Map as MapLibreMap } from 'maplibre-gl';
import { COMPACT_QUERY } from '../layout/sheet';
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
	const pad = target.padding ?? 40;
	// On a phone the chips (legend, layers) sit over the map's top: framings start below them.
	const chips = typeof matchMedia === 'function' && matchMedia(COMPACT_QUERY).matches ? 24 : 0;
	map.fitBounds(target.bounds, {
		padding: { top: pad + chips, right: pad, bottom: pad, left: pad },
		maxZoom: 6,
		animate,
		duration: 1200
	});
}

/**
 * Calls back with the camera when a move ends: `onReaderMove` for moves the reader made (not the
 * story's own), `onSettle` for every move.
 */
export function watchMoves(
	map: MapLibreMap,
	{
		onReaderMove,
		onSettle
	}: { onReaderMove?: (camera: Camera) => void; onSettle?: (camera: Camera) => void }
): void {
	map.on('moveend', (event) => {
		const { lng, lat } = map.getCenter();
		const camera: Camera = [lng, lat, map.getZoom()];
		onSettle?.(camera);
		// Only moves that began with the reader's own input carry an originalEvent.
		if (event.originalEvent) onReaderMove?.(camera);
	});
}
