import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { DataFileError, fetchJson } from '../data-file';
import { m } from '../paraglide/messages';
import { chunkFor } from './catalog';
import { AREA_KINDS, type FrontlineIndexSource } from './types';
import { EMPTY_COLLECTION as EMPTY } from '../geojson';

/** What the map draws for one date of one source. */
export interface FrontlineFrame {
	sourceId: string;
	/** The credit of the assessment this frame comes from: it travels with the frame, so the map
	 * never credits one source over another's lines while a file loads. */
	attribution: string;
	date: string;
	/** Control, advance and counteroffensive areas, each feature tagged with `kind`. */
	areas: FeatureCollection;
	line: FeatureCollection;
}

interface Chunk {
	topology: Topology;
	/** Per object, the geometry for each date. */
	byDate: Map<string, Map<string, GeometryObject>>;
}

/**
 * Loads front-line chunks on demand (a later year's file only when the reader goes there) and
 * decodes one date at a time. Decoded frames are cached, so scrubbing back and forth repeats no
 * work; the cache is small because a frame is only a few thousand vertices.
 */
export class FrontlineStore {
	private chunks = new Map<string, Promise<Chunk>>();
	/** The chunks already here, by file: what `decodeAhead` may use without waiting. */
	private arrived = new Map<string, Chunk>();
	private frames = new Map<string, FrontlineFrame>();
	private readonly fetcher: typeof fetch;
	private readonly cacheSize: number;

	constructor(fetcher: typeof fetch = (...args) => fetch(...args), cacheSize = 120) {
		this.fetcher = fetcher;
		this.cacheSize = cacheSize;
	}

	/** Whether the frame can be had without waiting for the network. */
	has(source: FrontlineIndexSource, date: string): boolean {
		return this.frames.has(`${source.id}/${date}`);
	}

	async frame(source: FrontlineIndexSource, date: string): Promise<FrontlineFrame> {
		const key = `${source.id}/${date}`;
		const cached = this.frames.get(key);
		if (cached) {
			// Refresh its place in the LRU order.
			this.frames.delete(key);
			this.frames.set(key, cached);
			return cached;
		}
		return this.remember(key, decodeFrame(await this.chunk(source, date), source, date));
	}

	/**
	 * A frame for preparing ahead: the cached one, or decoded now if its chunk is already here;
	 * never fetches (null then). `decoded` tells a caller spreading work over idle time what it
	 * spent.
	 */
	ahead(
		source: FrontlineIndexSource,
		date: string
	): { frame: FrontlineFrame; decoded: boolean } | null {
		const key = `${source.id}/${date}`;
		const cached = this.frames.get(key);
		if (cached) return { frame: cached, decoded: false };
		const file = chunkFor(source, date)?.file;
		const chunk = file ? this.arrived.get(file) : undefined;
		if (!chunk) return null;
		return { frame: this.remember(key, decodeFrame(chunk, source, date)), decoded: true };
	}

	private remember(key: string, frame: FrontlineFrame): FrontlineFrame {
		this.frames.set(key, frame);
		if (this.frames.size > this.cacheSize) {
			this.frames.delete(this.frames.keys().next().value as string);
		}
		return frame;
	}

	private chunk(source: FrontlineIndexSource, date: string): Promise<Chunk> {
		const info = chunkFor(source, date);
		if (!info)
			return Promise.reject(new Error(m.story_frontline_no_data({ source: source.label, date })));
		let pending = this.chunks.get(info.file);
		if (!pending) {
			pending = this.fetchChunk(info.file);
			this.chunks.set(info.file, pending);
			pending.then(
				(chunk) => this.arrived.set(info.file, chunk),
				// A failed load may succeed later (a flaky network): do not cache the failure.
				() => this.chunks.delete(info.file)
			);
		}
		return pending;
	}

	private async fetchChunk(url: string): Promise<Chunk> {
		const topology = (await fetchJson(url, this.fetcher)) as Topology;
		if (topology?.type !== 'Topology' || !topology.objects?.control) {
			throw new DataFileError(url, m.story_not_frontline_file());
		}
		return indexChunk(topology);
	}
}

export function indexChunk(topology: Topology): Chunk {
	const byDate = new Map<string, Map<string, GeometryObject>>();
	for (const [name, object] of Object.entries(topology.objects)) {
		const dates = new Map<string, GeometryObject>();
		for (const geometry of (object as GeometryCollection).geometries) {
			dates.set((geometry.properties as { date: string }).date, geometry);
		}
		byDate.set(name, dates);
	}
	return { topology, byDate };
}

export function decodeFrame(
	chunk: Chunk,
	source: Pick<FrontlineIndexSource, 'id' | 'attribution'>,
	date: string
): FrontlineFrame {
	const areas: Feature[] = [];
	for (const kind of AREA_KINDS) {
		const geometry = chunk.byDate.get(kind)?.get(date);
		if (!geometry || geometry.type === null) continue;
		const decoded = feature(chunk.topology, geometry) as Feature<Geometry>;
		areas.push({ type: 'Feature', properties: { kind, date }, geometry: decoded.geometry });
	}
	const lineGeometry = chunk.byDate.get('frontline')?.get(date);
	const line: FeatureCollection =
		lineGeometry && lineGeometry.type !== null
			? { type: 'FeatureCollection', features: [feature(chunk.topology, lineGeometry) as Feature] }
			: EMPTY;
	return {
		sourceId: source.id,
		attribution: source.attribution,
		date,
		areas: { type: 'FeatureCollection', features: areas },
		line
	};
}
