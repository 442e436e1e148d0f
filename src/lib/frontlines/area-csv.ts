import { addDays } from '../dates';
import { asOfIndex } from './catalog';
import type { FrontlineIndexSource } from './types';

/** `talks-atlas-area-isw.csv`. */
export const areaCsvFilename = (source: FrontlineIndexSource) =>
	`talks-atlas-area-${source.id}.csv`;

const cell = (text: string) => (/[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

/**
 * The series behind the scrubber's chart, one row a day from the assessment's first day to its
 * last: the controlled area of the map shown that day (`as_of`: its latest map on or before the
 * day, as on the map). The credit and what the numbers mean are in `#` lines before the header.
 */
export function areaCsv(source: FrontlineIndexSource): string {
	const lines = [
		`# Talks Atlas: area under Russian control by day, as the atlas's chart shows it`,
		`# Source: ${source.label}. ${source.attribution}.`,
		`# km2: the controlled area of the map shown that day (Crimea included), geodesic, rounded to 1 km2.`,
		`# as_of: that map's date; a day without a map of its own shows the latest earlier one.`,
		'date,km2,source,as_of'
	];
	for (let day = source.first; day <= source.last; day = addDays(day, 1)) {
		const index = asOfIndex(source, day);
		if (index === -1) continue;
		const row = [day, String(source.areaKm2[index]), cell(source.label), source.dates[index]];
		lines.push(row.join(','));
	}
	return lines.join('\n') + '\n';
}
