import type { FeatureCollection } from 'geojson';

/** A collection with nothing in it (a source with nothing to draw). Never mutate it. */
export const EMPTY_COLLECTION: FeatureCollection = Object.freeze({
	type: 'FeatureCollection',
	features: Object.freeze([]) as unknown as FeatureCollection['features']
}) as FeatureCollection;
