import type { LngLatBoundsLike } from 'maplibre-gl';
import type { MilestoneFrame } from '../vocabulary';
import type { Venue } from '../content/venues';
import { DATA_BOUNDS } from '../vocabulary';

/** How much of the world a far venue is shown with, each way: about a country's width. */
export const FAR_PAD_DEGREES = 9;

/** The named regions a milestone can frame; `venues` is computed from the milestone's venues. */
export const FRAME_BOUNDS: Record<Exclude<MilestoneFrame, 'venues'>, LngLatBoundsLike> = {
	north: [
		[27.5, 49.6],
		[35.5, 52.6]
	],
	south: [
		[30.5, 44.3],
		[39.5, 48.2]
	],
	east: [
		[34.5, 46.5],
		[40.5, 50.8]
	],
	ukraine: [
		[22, 44],
		[40.5, 52.5]
	],
	europe: [
		[21, 36.3],
		[41, 56.2]
	],
	// From North America to China: every state either document names as a guarantor.
	world: [
		[-125, 12],
		[135, 64]
	]
};

/**
 * Bounds around a set of venues, padded so a single venue is shown with its surroundings. A venue
 * beyond the detailed region (Riyadh, Anchorage, Geneva) stands on the low-detail world map, which
 * says little close up: it is shown with its country and neighbours around it instead.
 */
export function venueBounds(
	venues: readonly Venue[],
	padDegrees?: number
): LngLatBoundsLike | null {
	if (venues.length === 0) return null;
	const [[west, south], [east, north]] = DATA_BOUNDS;
	const far = venues.some(
		({ lonLat: [lon, lat] }) => lon < west || lon > east || lat < south || lat > north
	);
	padDegrees ??= far ? FAR_PAD_DEGREES : 1.2;
	const lons = venues.map((v) => v.lonLat[0]);
	const lats = venues.map((v) => v.lonLat[1]);
	return [
		[Math.min(...lons) - padDegrees, Math.min(...lats) - padDegrees * 0.7],
		[Math.max(...lons) + padDegrees, Math.max(...lats) + padDegrees * 0.7]
	];
}
