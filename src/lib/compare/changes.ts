import area from '@turf/area';
import difference from '@turf/difference';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';

export type ControlArea = Feature<Polygon | MultiPolygon>;

/**
 * What changed hands between two days of one assessment: the area under Russian control on the
 * day shown but not on the reference day (`gained`), and the reverse (`lost`), with their
 * geodesic areas. Each feature carries `change: 'gained' | 'lost'`.
 */
export interface ControlChanges {
	areas: FeatureCollection<Polygon | MultiPolygon, { change: 'gained' | 'lost' }>;
	gainedKm2: number;
	lostKm2: number;
}

const EMPTY: ControlChanges = {
	areas: { type: 'FeatureCollection', features: [] },
	gainedKm2: 0,
	lostKm2: 0
};

function minus(
	a: ControlArea | null,
	b: ControlArea | null
): Feature<Polygon | MultiPolygon> | null {
	if (!a) return null;
	if (!b) return a;
	return difference({ type: 'FeatureCollection', features: [a, b] });
}

/** Both days' control areas (null: none that day) → what each side took from the other. */
export function controlChanges(
	reference: ControlArea | null,
	current: ControlArea | null
): ControlChanges {
	if (!reference && !current) return EMPTY;
	const gained = minus(current, reference);
	const lost = minus(reference, current);
	const features: ControlChanges['areas']['features'] = [];
	if (gained) features.push({ ...gained, properties: { change: 'gained' } });
	if (lost) features.push({ ...lost, properties: { change: 'lost' } });
	return {
		areas: { type: 'FeatureCollection', features },
		gainedKm2: gained ? area(gained) / 1e6 : 0,
		lostKm2: lost ? area(lost) / 1e6 : 0
	};
}
