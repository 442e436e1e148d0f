import type { Venue } from '../content/venues';
import { formatEventDate } from '../dates';

/** What a screen reader hears for a venue marker: name, what happened, when, and how sure we are. */
export function venueAccessibleName(venue: Venue): string {
	const events = venue.events.map((e) => `${e.title}, ${formatEventDate(e.date, e.precision)}`);
	const where = venue.precision === 'approximate' ? ' (approximate location)' : '';
	return `${venue.name}${where}: ${events.join('; ')}`;
}
