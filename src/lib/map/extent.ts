import type { Map as MapLibreMap } from 'maplibre-gl';
import { LAYER, setLayerShown } from './style';
import { CAMERA_BOUNDS, MIN_ZOOM, WORLD_BOUNDS, WORLD_MIN_ZOOM } from './view';

/**
 * Layers of the base style that frame the basemap's extent (a neutral band beyond the data, and
 * its colour where no basemap tile is), hidden by their opacity. Not `visibility`: a layout change
 * makes MapLibre lay out the layer's tiles again, and these are on the basemap's source (when it
 * was GeoJSON, the whole basemap was cut again, on a phone just as the world basemap arrived after
 * the first idle).
 */
const DATA_FRAME_LAYERS = [
	LAYER.outsideDataGround,
	LAYER.outsideData,
	LAYER.outsideDataEdge
] as const;

export interface MapExtent {
	/** The guarantor layer's world view: the camera may go anywhere and zoom out to the world. */
	setWorldView(on: boolean): void;
	/** The low-detail world basemap is drawn around the region: no frame, and a wider camera. */
	setWorldBasemap(on: boolean): void;
	/**
	 * The story frames venues beyond the region (Riyadh, Anchorage, Geneva): the camera may go
	 * there at once, with the region's frame until the world basemap has arrived.
	 */
	reachFar(): void;
}

/**
 * The one owner of how far the camera may go and whether the frame beyond the detailed data
 * shows; the treaty layers and the world basemap both ask, and this decides from both.
 */
export function createMapExtent(
	map: Pick<MapLibreMap, 'setMinZoom' | 'setMaxBounds' | 'getLayer' | 'setPaintProperty'>
): MapExtent {
	let worldView = false;
	let worldBasemap = false;
	let far = false;
	const apply = () => {
		map.setMinZoom(worldView ? WORLD_MIN_ZOOM : MIN_ZOOM);
		map.setMaxBounds(worldView ? null : worldBasemap || far ? WORLD_BOUNDS : CAMERA_BOUNDS);
		const bandShown = !worldView && !worldBasemap;
		for (const id of DATA_FRAME_LAYERS) setLayerShown(map, id, bandShown);
	};
	return {
		setWorldView(on) {
			if (on === worldView) return;
			worldView = on;
			apply();
		},
		setWorldBasemap(on) {
			if (on === worldBasemap) return;
			worldBasemap = on;
			apply();
		},
		reachFar() {
			if (far) return;
			far = true;
			apply();
		}
	};
}
