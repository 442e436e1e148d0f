import type { FeatureCollection, Geometry, Position } from 'geojson';
import { GeodataError } from './errors';

export type GeometryKind = Geometry['type'];

export interface CollectionRules {
	/** Geometry types a feature may have; anything else is an error. */
	geometryTypes: readonly GeometryKind[];
	/** Properties every feature must carry (null counts as missing). */
	requiredProperties?: readonly string[];
}

/**
 * Parses and checks one GeoJSON source file. Natural Earth and the front-line archives are
 * third-party data, so every shape is checked before a stage trusts it: a truncated download or a
 * hand edit must stop the build with the file and the problem named, not produce a quietly wrong map.
 */
export function parseFeatureCollection(
	text: string,
	file: string,
	rules: CollectionRules
): FeatureCollection {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		throw new GeodataError(file, `not valid JSON (${(error as Error).message})`);
	}
	if (!isObject(json) || json.type !== 'FeatureCollection' || !Array.isArray(json.features)) {
		throw new GeodataError(file, 'expected a GeoJSON FeatureCollection with a "features" array');
	}
	if (json.features.length === 0) {
		throw new GeodataError(file, 'the FeatureCollection has no features');
	}
	json.features.forEach((feature: unknown, index: number) =>
		checkFeature(feature, index, file, rules)
	);
	return json as unknown as FeatureCollection;
}

function checkFeature(feature: unknown, index: number, file: string, rules: CollectionRules): void {
	const where = `feature ${index}`;
	if (!isObject(feature) || feature.type !== 'Feature') {
		throw new GeodataError(file, `${where} is not a GeoJSON Feature`);
	}
	const properties = feature.properties;
	if (properties !== null && properties !== undefined && !isObject(properties)) {
		throw new GeodataError(file, `${where} has properties that are not an object`);
	}
	for (const name of rules.requiredProperties ?? []) {
		if (!isObject(properties) || properties[name] === null || properties[name] === undefined) {
			throw new GeodataError(file, `${where} lacks the required property "${name}"`);
		}
	}
	const geometry = feature.geometry;
	if (!isObject(geometry) || typeof geometry.type !== 'string') {
		throw new GeodataError(file, `${where} has no geometry`);
	}
	if (!rules.geometryTypes.includes(geometry.type as GeometryKind)) {
		throw new GeodataError(
			file,
			`${where} has geometry type ${geometry.type}; expected ${rules.geometryTypes.join(' or ')}`
		);
	}
	const depth = COORDINATE_DEPTH[geometry.type as GeometryKind];
	if (depth === undefined) {
		throw new GeodataError(file, `${where}: geometry type ${geometry.type} is not supported`);
	}
	checkCoordinates(geometry.coordinates, depth, `${where}`, file);
}

/** How deeply positions are nested in each geometry type's `coordinates`. */
const COORDINATE_DEPTH: Partial<Record<GeometryKind, number>> = {
	Point: 0,
	MultiPoint: 1,
	LineString: 1,
	MultiLineString: 2,
	Polygon: 2,
	MultiPolygon: 3
};

function checkCoordinates(value: unknown, depth: number, where: string, file: string): void {
	if (depth === 0) {
		checkPosition(value, where, file);
		return;
	}
	if (!Array.isArray(value) || value.length === 0) {
		throw new GeodataError(file, `${where} has an empty or malformed coordinate array`);
	}
	for (const child of value) checkCoordinates(child, depth - 1, where, file);
}

function checkPosition(value: unknown, where: string, file: string): asserts value is Position {
	if (!Array.isArray(value) || value.length < 2) {
		throw new GeodataError(file, `${where} has a position that is not [longitude, latitude]`);
	}
	const [lon, lat] = value;
	if (typeof lon !== 'number' || typeof lat !== 'number' || !isFinite(lon) || !isFinite(lat)) {
		throw new GeodataError(file, `${where} has a non-numeric coordinate`);
	}
	if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
		throw new GeodataError(file, `${where} has a coordinate out of range: [${lon}, ${lat}]`);
	}
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
