import { addDays } from '../dates';
import { m } from '../paraglide/messages';
import { asOfIndex } from './catalog';
import type { FrontlineIndexSource } from './types';

/** `talks-atlas-area-isw.csv`. */
export const areaCsvFilename = (source: FrontlineIndexSource) =>
	`talks-atlas-area-${source.id}.csv`;

const cell = (text: string) => (/[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

/**
 * The series behind the scrubber's chart, one row a day from the assessment's first day to its
 * last: the controlled area of the map shown that day (`as_of`: its latest map on or before the
 * day, as on the map). The credit and what the numbers mean are in `#` lines before the header,
 * in the reader's language; the header and the rows are data and stay as they are.
 */
export function areaCsv(source: FrontlineIndexSource): string {
	const lines = [
		`# ${m.story_csv_title()}`,
		`# ${m.story_csv_source({ source: source.label, attribution: source.attribution })}`,
		`# ${m.story_csv_km2()}`,
		`# ${m.story_csv_as_of()}`,
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
