import type { Venue } from './schema';

export type { Venue, VenueEvent } from './schema';
export type { DatePrecision, VenuePrecision } from '../vocabulary';

const venues: Venue[] = [];
const byId = new Map<string, Venue>();

/** The venues, as written in data/venues.ts; filled before anything renders (see load.ts). */
export const VENUES: readonly Venue[] = venues;
export const VENUES_BY_ID: ReadonlyMap<string, Venue> = byId;

export function setVenues(list: readonly Venue[]): void {
	venues.splice(0, venues.length, ...list);
	byId.clear();
	for (const venue of list) byId.set(venue.id, venue);
}
