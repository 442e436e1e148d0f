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
