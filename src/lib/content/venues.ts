import type { Venue } from './schema';
import { contentTable } from './table';

export type { Venue, VenueEvent } from './schema';
export type { DatePrecision, VenuePrecision } from '../vocabulary';

const venues = contentTable<Venue>();

/** The venues, as written in data/venues.ts; filled before anything renders (see load.ts). */
export const VENUES = venues.list;
export const VENUES_BY_ID = venues.byId;
export const setVenues = venues.set;
