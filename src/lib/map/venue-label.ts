import type { Venue } from '../content/venues';
import { formatEventDate } from '../dates';
import { m } from '../paraglide/messages';

/** What a screen reader hears for a venue marker: name, what happened, when, and how sure we are. */
export function venueAccessibleName(venue: Venue): string {
	const events = venue.events.map((e) => `${e.title}, ${formatEventDate(e.date, e.precision)}`);
	const text = { name: venue.name, events: events.join('; ') };
	return venue.precision === 'approximate' ? m.map_venue_approximate(text) : m.map_venue(text);
}
