import { MILESTONES } from '../content/milestones';
import { fetchJson } from '../data-file';
import { checkCatalog, chunkFor, FRONTLINE_INDEX_URL } from '../frontlines/catalog';
import { decodeFrame, indexChunk } from '../frontlines/store';
import type { FrontlineIndex } from '../frontlines/types';
import { BASEMAP_URL, decodeBasemap } from '../map/basemap-data';
import type { FeatureCollection, Geometry } from 'geojson';
import { merge, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { m } from '../paraglide/messages';
import {
	frontlineCaption,
	handoutSections,
	onHandoutMap,
	sectionProjection,
	type HandoutSection
} from './sections';
import { renderStaticMap, type StaticBasemap } from './static-map';

/**
 * The handout's maps are drawn once, when the site is built: each page of the handout then prints
 * a finished picture, with no WebGL, no waiting and nothing to go blank. The data files are the
 * ones the app serves, read through the build's fetch and decoded once for all the maps.
 */
export class HandoutMaps {
	private files = new Map<string, Promise<unknown>>();
	private basemap: Promise<StaticBasemap> | null = null;
	/**
	 * Made when asked for, not once: the sections' words are the language of the map being drawn
	 * (the build draws both editions' maps with this one instance).
	 */
	get sections(): HandoutSection[] {
		return handoutSections(MILESTONES);
	}

	/** `fetcher` reads the site's own files (SvelteKit's fetch while prerendering). */
	private file(url: string, fetcher: typeof fetch): Promise<unknown> {
		let pending = this.files.get(url);
		if (!pending) {
			pending = fetchJson(url, fetcher);
			this.files.set(url, pending);
			pending.catch(() => this.files.delete(url));
		}
		return pending;
	}

	catalog(fetcher: typeof fetch): Promise<FrontlineIndex> {
		return this.file(FRONTLINE_INDEX_URL, fetcher).then(checkCatalog);
	}

	/** The SVG of one section's map, or null for an id that is not a talks milestone. */
	async svg(id: string, fetcher: typeof fetch): Promise<string | null> {
		const section = this.sections.find((s) => s.milestone.id === id);
		if (!section) return null;
		if (!this.basemap) {
			this.basemap = this.file(BASEMAP_URL, fetcher).then(staticBasemap);
			this.basemap.catch(() => (this.basemap = null));
		}
		const [basemap, catalog] = await Promise.all([this.basemap, this.catalog(fetcher)]);
		const caption = frontlineCaption(catalog, section.mapDay);
		const source = catalog.sources.find((s) => s.id === caption.sourceId);
		const chunk = source && caption.asOf ? chunkFor(source, caption.asOf) : null;
		const frontline =
			source && chunk && caption.asOf
				? decodeFrame(
						indexChunk((await this.file(chunk.file, fetcher)) as Topology),
						source,
						caption.asOf
					)
				: null;
		return renderStaticMap({
			projection: sectionProjection(section),
			basemap,
			frontline,
			venues: section.venues.filter(onHandoutMap).map((v) => ({
				label: v.mapLabel,
				lonLat: v.lonLat,
				uncertaintyKm: v.precision === 'approximate' ? v.uncertaintyKm : undefined
			})),
			title: section.mapAlt,
			credit: source ? m.handout_map_credit({ source: source.label }) : m.handout_map_credit_none()
		});
	}
}

/** The basemap's layers, with Ukraine merged and the oblast lines meshed from the topology. */
function staticBasemap(json: unknown): StaticBasemap {
	const layers = decodeBasemap(json);
	const topology = json as Topology;
	const oblasts = topology.objects.oblasts as GeometryCollection;
	const collection = (geometry: Geometry): FeatureCollection => ({
		type: 'FeatureCollection',
		features: [{ type: 'Feature', properties: {}, geometry }]
	});
	return {
		...layers,
		ukraine: collection(merge(topology, oblasts.geometries as never)),
		// Interior edges only: the border is drawn by the borders layer.
		oblastLines: collection(mesh(topology, oblasts, (a, b) => a !== b))
	};
}
