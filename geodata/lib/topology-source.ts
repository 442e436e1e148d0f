import { gunzipSync } from 'node:zlib';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { isIsoDay } from '../../src/lib/dates';
import { GeodataError } from './errors';

export interface DatedGeometryRules {
	/** Objects that must exist; each holds one geometry per date. */
	objects: readonly string[];
}

/**
 * Parses a gzipped (or plain) TopoJSON archive of dated layers and checks what later stages rely
 * on: a quantized topology, the named objects, polygonal or empty geometries, and a valid,
 * strictly increasing `date` on each geometry.
 */
export function parseDatedTopology(
	bytes: Buffer,
	file: string,
	rules: DatedGeometryRules
): Topology {
	let text: string;
	try {
		text = (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('utf8');
	} catch (error) {
		throw new GeodataError(file, `not a readable gzip file (${(error as Error).message})`);
	}
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		throw new GeodataError(file, `not valid JSON (${(error as Error).message})`);
	}
	const topology = json as Partial<Topology>;
	if (
		topology?.type !== 'Topology' ||
		!Array.isArray(topology.arcs) ||
		typeof topology.objects !== 'object'
	) {
		throw new GeodataError(file, 'expected a TopoJSON Topology with objects and arcs');
	}
	if (!topology.transform)
		throw new GeodataError(file, 'expected a quantized topology (transform)');
	for (const name of rules.objects) {
		const object = topology.objects?.[name] as GeometryCollection | undefined;
		if (object?.type !== 'GeometryCollection' || !Array.isArray(object.geometries)) {
			throw new GeodataError(file, `the object "${name}" is missing`);
		}
		let previous = '';
		object.geometries.forEach((geometry, index) => {
			const where = `object "${name}", geometry ${index}`;
			const date = (geometry.properties as { date?: unknown } | undefined)?.date;
			if (typeof date !== 'string' || !isIsoDay(date)) {
				throw new GeodataError(file, `${where} has no valid "date" property`);
			}
			if (date <= previous) throw new GeodataError(file, `${where}: dates out of order at ${date}`);
			previous = date;
			const type = geometry.type as string | null;
			if (type !== null && type !== 'Polygon' && type !== 'MultiPolygon') {
				throw new GeodataError(file, `${where} (${date}) has geometry type ${type}`);
			}
		});
	}
	return topology as Topology;
}
