import { formatDay } from '../dates';
import { WORKS_BY_ID, type Citation } from './works';

export interface CitationParts {
	key: string;
	work: string;
	title: string;
	publisher: string;
	authors?: string;
	date: string;
	url?: string;
	quote?: string;
	note?: string;
}

/** Everything a reference list shows for one citation, with the work looked up and dated in words. */
export function citationParts(citation: Citation): CitationParts {
	const work = WORKS_BY_ID.get(citation.work);
	if (!work) throw new Error(`unknown work: ${citation.work}`);
	return {
		key: `${citation.work}:${citation.quote ?? citation.note ?? ''}`,
		work: citation.work,
		title: work.title,
		publisher: work.publisher,
		authors: work.authors?.join(', '),
		date: formatWorkDate(work.date),
		url: work.url,
		quote: citation.quote,
		note: citation.note ?? work.note
	};
}

function formatWorkDate(date: string): string {
	if (/^\d{4}$/.test(date)) return date;
	if (/^\d{4}-\d{2}$/.test(date)) return formatDay(`${date}-01`, 'month');
	return formatDay(date);
}

/** One work in a reference list, with every quote and note the list cites it for. */
export interface CitationGroup extends Omit<CitationParts, 'key' | 'quote' | 'note'> {
	key: string;
	/** In the list's order; a note here belongs to its quote, or stands alone. */
	entries: { quote?: string; note?: string }[];
	/** The work's own note, shown only when no entry brings a note of its own. */
	workNote?: string;
}

/**
 * A reference list with each work once, in the order of first mention: a work quoted several
 * times is listed once with all its quotes, instead of repeating its title and publisher.
 */
export function groupByWork(citations: readonly Citation[]): CitationGroup[] {
	const groups = new Map<string, CitationGroup>();
	for (const citation of citations) {
		let group = groups.get(citation.work);
		if (!group) {
			const parts = citationParts({ work: citation.work });
			group = {
				key: citation.work,
				work: parts.work,
				title: parts.title,
				publisher: parts.publisher,
				authors: parts.authors,
				date: parts.date,
				url: parts.url,
				entries: [],
				workNote: parts.note
			};
			groups.set(citation.work, group);
		}
		if (citation.quote || citation.note) {
			group.entries.push({ quote: citation.quote, note: citation.note });
		}
	}
	return [...groups.values()].map((group) =>
		group.entries.some((e) => e.note) ? { ...group, workNote: undefined } : group
	);
}
