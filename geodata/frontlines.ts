import area from '@turf/area';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature, mesh } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';
import type { ReadSource } from './basemap';
import {
	FRONTLINE_MIN_WEIGHT,
	FRONTLINE_OPTIONS,
	FRONTLINE_QUANTIZATION,
	FRONTLINE_SOURCES,
	type FrontlineSource
} from './config/frontlines';
import { GeodataError } from './lib/errors';
import { edgeIndex, frontLine, type EdgeIndex } from './lib/frontline';
import { pruneTopology } from './lib/prune';
import { dequantize } from './lib/topo';
import { parseDatedTopology } from './lib/topology-source';
import { serialize, toTopology } from './lib/topology';
import { parseFeatureCollection } from './lib/validate';
import type {
	FrontlineIndex,
	FrontlineIndexSource,
	FrontlineLayerKey
} from '../src/lib/frontlines/types';

export type { FrontlineIndex, FrontlineIndexSource };

type Polygonal = Polygon | MultiPolygon;
type LayerKey = FrontlineLayerKey;

const OBLASTS = 'basemap/ukraine_oblasts.geojson';

export const FRONTLINE_INDEX = 'frontlines/index.json';

export function buildFrontlines(read: ReadSource): Record<string, string> {
	const oblasts = parseFeatureCollection(
		read(OBLASTS).toString('utf8'),
		`geodata/sources/${OBLASTS}`,
		{
			geometryTypes: ['Polygon', 'MultiPolygon'],
			requiredProperties: ['iso_3166_2']
		}
	);
	const ukraineEdges = outerBoundary(oblasts.features as Feature<Polygonal>[]);
	const crimeaUnits = (oblasts.features as Feature<Polygonal>[]).filter((f) =>
		['UA-43', 'UA-40'].includes(String(f.properties?.iso_3166_2))
	);
	if (crimeaUnits.length !== 2)
		throw new GeodataError(`geodata/sources/${OBLASTS}`, 'Crimea or Sevastopol is missing');
	const crimea = {
		polygons: crimeaUnits.flatMap((f) => polygonsOf(f.geometry)),
		edges: outerBoundary(crimeaUnits),
		km2: crimeaUnits.reduce((sum, f) => sum + area(f) / 1e6, 0)
	};

	const outputs: Record<string, string> = {};
	const index: FrontlineIndex = { generated: 'npm run geodata', sources: [] };
	for (const source of FRONTLINE_SOURCES) {
		const excluded = edgeIndex(
			source.addCrimea ? [...ukraineEdges, ...crimea.edges] : ukraineEdges
		);
		const { files, entry } = buildSource(source, read, excluded, source.addCrimea ? crimea : null);
		Object.assign(outputs, files);
		index.sources.push(entry);
	}
	outputs[FRONTLINE_INDEX] = serialize(index);
	return outputs;
}

interface Crimea {
	polygons: Position[][][];
	km2: number;
}

function buildSource(
	source: FrontlineSource,
	read: ReadSource,
	excluded: EdgeIndex,
	crimea: Crimea | null
): { files: Record<string, string>; entry: FrontlineIndexSource } {
	const file = `geodata/sources/${source.file}`;
	const layerNames = Object.entries(source.layers) as [LayerKey, string][];
	const raw = parseDatedTopology(read(source.file), file, {
		objects: layerNames.map(([, name]) => name)
	});
	const unquantized = dequantize(raw) as Topology<Objects<Record<string, unknown>>>;
	const simplified = pruneTopology(simplify(presimplify(unquantized), FRONTLINE_MIN_WEIGHT));
	const gaps = new Set(source.gaps.map((g) => g.date));

	const decode = (topo: Topology, name: string) =>
		(topo.objects[name] as GeometryCollection).geometries
			.map((g) => feature(topo, g) as Feature<Polygonal | null, { date: string }>)
			.filter((f) => !(name === source.layers.control && gaps.has(f.properties.date)));

	const layers = Object.fromEntries(
		layerNames.map(([key, name]) => [key, decode(simplified, name)])
	) as Record<LayerKey, Feature<Polygonal | null, { date: string }>[]>;
	const sourceControl = decode(raw, source.layers.control);

	const dates = layers.control.map((f) => f.properties.date);
	const areaKm2 = sourceControl.map((f) =>
		Math.round((f.geometry ? area(f) / 1e6 : 0) + (crimea?.km2 ?? 0))
	);
	for (const gap of source.gaps) {
		if (dates.includes(gap.date)) throw new GeodataError(file, `gap ${gap.date} was not removed`);
	}

	const files: Record<string, string> = {};
	const chunks: FrontlineIndexSource['chunks'] = [];
	for (const range of source.chunks) {
		const inRange = <T extends { properties: { date: string } }>(list: T[]) =>
			list.filter((f) => f.properties.date >= range.from && f.properties.date <= range.to);
		const control = inRange(layers.control);
		if (control.length === 0) continue;
		const chunkLayers: Record<string, Feature[]> = {
			control: control.map((f) => withCrimea(f, crimea)),
			frontline: control.map((f) => ({
				type: 'Feature',
				properties: { date: f.properties.date },
				geometry: {
					type: 'MultiLineString',
					coordinates: frontLine(f.geometry, excluded, FRONTLINE_OPTIONS)
				}
			}))
		};
		for (const key of ['advance', 'counteroffensive'] as const) {
			if (layers[key]) chunkLayers[key] = inRange(layers[key]) as Feature[];
		}
		const name = `frontlines/${source.id}-${range.from}_${range.to}.topo.json`;
		files[name] = serialize(
			toTopology(
				chunkLayers,
				{ minWeight: 0, quantization: FRONTLINE_QUANTIZATION },
				{
					description: `${source.label} front lines, ${range.from} to ${range.to}: controlled area, front line${
						layers.advance ? ', advances, counteroffensives' : ''
					}`,
					sources: `geodata/sources/${source.file}; see geodata/PROVENANCE.md`,
					attribution: source.attribution
				}
			)
		);
		chunks.push({ file: `/data/${name}`, from: range.from, to: range.to });
	}
	return {
		files,
		entry: {
			id: source.id,
			label: source.label,
			attribution: source.attribution,
			layers: layerNames.map(([key]) => key),
			first: dates[0],
			last: dates[dates.length - 1],
			dates,
			areaKm2,
			chunks,
			gaps: source.gaps
		}
	};
}

/** Crimea and Sevastopol added as polygons of the date's area (the source omits them). */
function withCrimea(
	f: Feature<Polygonal | null, { date: string }>,
	crimea: Crimea | null
): Feature {
	if (!crimea) return f as Feature;
	const own = f.geometry ? polygonsOf(f.geometry) : [];
	return {
		type: 'Feature',
		properties: f.properties,
		geometry: { type: 'MultiPolygon', coordinates: [...own, ...crimea.polygons] }
	};
}

function polygonsOf(geometry: Polygonal): Position[][][] {
	return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** The outer edge of a set of polygons (borders and coast), without their shared inner edges. */
function outerBoundary(features: Feature<Polygonal>[]): Position[][] {
	const collection: FeatureCollection = { type: 'FeatureCollection', features };
	const topo = topology({ units: collection });
	return mesh(topo, topo.objects.units as GeometryCollection, (a, b) => a === b).coordinates;
}
