import type { MapLibreMap, VectorTileSource } from 'maplibre-gl';
import { m } from '../paraglide/messages';
import { BASEMAP_TILES } from './basemap-tiles';
import { errorReason } from '../error-reason';
import { BASEMAP_SOURCE, LAYER } from './style';

type WatchedMap = Pick<
	MapLibreMap,
	'on' | 'once' | 'queryRenderedFeatures' | 'getSource' | 'getBounds' | 'getCenter' | 'project'
>;

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

export interface BasemapWatch {
	/** Whether an error event is the basemap's (reported by this watch, not as any map error). */
	owns(event: { sourceId?: string }): boolean;
	/**
	 * After a complete frame: a view over the basemap's tiles with none of its features says they
	 * did not come. A view beyond them (a venue far away) is checked at the first idle that is not.
	 */
	checkDrawn(): void;
}

/**
 * The basemap's tiles are what the map stands on. MapLibre reports a tile that failed (the
 * network, a body that is not a tile) as an error, but a tile the server answers with a 404 loads
 * empty without a word; every tile in the camera's reach has something in it (the frame beyond
 * the data covers what the data does not), so a drawn view without any basemap feature is a
 * basemap that did not arrive. Either way the reader is told, once until they try again, and
 * trying again fetches the tiles anew.
 */
export function watchBasemap(
	map: WatchedMap,
	onProblem: (message: string, retry: () => void) => void
): BasemapWatch {
	let reported = false;
	const retry = () => {
		reported = false;
		// The same tiles, set again: MapLibre drops the source's tiles and asks for them anew.
		const source = map.getSource(BASEMAP_SOURCE) as VectorTileSource | undefined;
		source?.setTiles([...source.tiles]);
		map.once('idle', () => watch.checkDrawn());
	};
	const report = (why: string) => {
		if (reported) return;
		reported = true;
		onProblem(m.map_basemap_failed({ why }), retry);
	};
	map.on('error', (event: { sourceId?: string; error?: { message?: string } }) => {
		if (event.sourceId === BASEMAP_SOURCE) report(errorReason(event.error));
	});
	const watch: BasemapWatch = {
		owns: (event) => event.sourceId === BASEMAP_SOURCE,
		checkDrawn() {
			const b = map.getBounds();
			const [[w, south], [e, n]] = BASEMAP_TILES.bounds;
			if (b.getEast() < w || b.getWest() > e || b.getNorth() < south || b.getSouth() > n) {
				map.once('idle', () => watch.checkDrawn());
				return;
			}
			// One point, in view and over the tiles: the view's centre moved into their bounds. The
			// detailed data's box and the frame beyond it cover every tile, so one of them is there.
			// (A query over all the tiles' features would parse every one on the main thread.)
			const { lng, lat } = map.getCenter();
			const at = map.project([clamp(lng, w, e), clamp(lat, south, n)]);
			const there = map.queryRenderedFeatures(at, { layers: [LAYER.detailBox, LAYER.outsideData] });
			if (there.length === 0) report(m.map_basemap_not_found({ path: BASEMAP_TILES.path }));
		}
	};
	return watch;
}
