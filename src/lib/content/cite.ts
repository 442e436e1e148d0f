import { formatDay } from '../dates';
import { m } from '../paraglide/messages';
import { getLocale } from '../paraglide/runtime';
import { nestedQuotes, quoteStyleOf } from './nested-quotes';
import { WORKS_BY_ID, type Citation, type Work } from './works';

export interface CitationParts {
	key: string;
	work: string;
	title: string;
	/** Where the title comes from when not the work's own headline (see `Work`). */
	titleFrom?: Work['titleFrom'];
	/** The language the title was translated from, where the page shows the atlas's rendering. */
	titleTranslatedFrom?: 'uk';
	publisher: string;
	authors?: string;
	date: string;
	url?: string;
	quote?: string;
	/** The quote in the page's language, in a translated edition (the quote stays as said). */
	quoteTranslation?: string;
	note?: string;
}

/** Everything a reference list shows for one citation, with the work looked up and dated in words. */
export function citationParts(citation: Citation): CitationParts {
	const work = WORKS_BY_ID.get(citation.work);
	if (!work) throw new Error(`unknown work: ${citation.work}`);
	return {
		key: `${citation.work}:${citation.quote ?? citation.note ?? ''}`,
		work: citation.work,
		...workTitle(work),
		publisher: work.publisher,
		authors: work.authors?.join(', '),
		date: formatWorkDate(work.date),
		url: work.url,
		quote: citation.quote,
		quoteTranslation: citation.quoteTranslation,
		note: citation.note ?? work.note
	};
}

/** A title in its own words in its own language's edition; the atlas's rendering elsewhere. */
function workTitle(work: Work): Pick<CitationParts, 'title' | 'titleFrom' | 'titleTranslatedFrom'> {
	const own = work.titleLanguage === getLocale() ? work.originalTitle : undefined;
	return {
		title: own ?? work.title,
		titleFrom: work.titleFrom,
		titleTranslatedFrom: own === undefined ? work.titleLanguage : undefined
	};
}

/**
 * A quote's or title's words as they read inside the marks of `language` (the page's when not
 * given): quoted words within them take the nested marks (see nested-quotes.ts).
 */
export function quoteInMarks(text: string, language: string = getLocale()): string {
	return nestedQuotes(text, quoteStyleOf(language));
}

/**
 * A title as a reference list writes it: quoted, unless the atlas wrote it; with a note on where
 * its words come from when they are not the work's own headline.
 */
export function titleWords(
	parts: Pick<CitationParts, 'title' | 'titleFrom' | 'titleTranslatedFrom'>
): { text: string; note?: string } {
	if (parts.titleFrom === 'atlas')
		return { text: parts.title, note: m.story_cite_title_descriptive() };
	const text = m.story_cite_title({ title: quoteInMarks(parts.title) });
	if (parts.titleFrom !== 'url') return { text };
	return {
		text,
		note:
			parts.titleTranslatedFrom === 'uk'
				? m.story_cite_title_from_ukrainian_url()
				: m.story_cite_title_from_url()
	};
}

function formatWorkDate(date: string): string {
	if (/^\d{4}$/.test(date)) return date;
	if (/^\d{4}-\d{2}$/.test(date)) return formatDay(`${date}-01`, 'month');
	return formatDay(date);
}

/** One work in a reference list, with every quote and note the list cites it for. */
export interface CitationGroup extends Omit<
	CitationParts,
	'key' | 'quote' | 'quoteTranslation' | 'note'
> {
	key: string;
	/**
	 * In the list's order; a note here belongs to its quote, or stands alone. A quote's
	 * translation comes with it in a translated edition.
	 */
	entries: { quote?: string; quoteTranslation?: string; note?: string }[];
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
			// All of the work's parts, so that a field added to them reaches the list without a copy.
			const { note, ...parts } = citationParts({ work: citation.work });
			group = { ...parts, key: citation.work, entries: [], workNote: note };
			groups.set(citation.work, group);
		}
		if (citation.quote || citation.note) {
			const { quote, quoteTranslation, note } = citation;
			group.entries.push(quoteTranslation ? { quote, quoteTranslation, note } : { quote, note });
		}
	}
	return [...groups.values()].map((group) =>
		group.entries.some((e) => e.note) ? { ...group, workNote: undefined } : group
	);
}

/** Words common in English and rare as words of the other languages the sources write in. */
const ENGLISH_WORDS = new Set([
	'the',
	'and',
	'of',
	'that',
	'with',
	'which',
	'this',
	'would',
	'were',
	'have',
	'has',
	'had',
	'been',
	'they',
	'their',
	'there',
	'from',
	'not',
	'it',
	'its',
	'our',
	'us',
	'we',
	'after',
	'about',
	'against',
	'any',
	'very',
	'until',
	'never',
	'cannot',
	'two',
	'weeks'
]);

/**
 * The language of a quote's original words, where its letters say so beyond doubt, for `lang`:
 * English for the Latin alphabet with a common English word in it; Russian or Ukrainian for
 * Cyrillic with letters only that language has. Otherwise undefined (a French quote, a phrase too
 * short to tell): no language is better than a wrong one, which a screen reader would mispronounce.
 */
export function quoteLanguage(quote: string): 'en' | 'ru' | 'uk' | undefined {
	const letters = quote.match(/\p{L}/gu) ?? [];
	const cyrillic = letters.filter((letter) => /\p{Script=Cyrillic}/u.test(letter)).length;
	if (cyrillic > letters.length / 2) {
		// Belarusian shares і with Ukrainian and ы, э, ё with Russian, but has ў; Bulgarian, Serbian
		// and Macedonian have neither set, or letters of their own.
		const russian = /[ыэё]/iu.test(quote);
		const ukrainian = /[іїєґ]/iu.test(quote);
		if (/[ўђјљњћџѓќѕ]/iu.test(quote) || russian === ukrainian) return undefined;
		return russian ? 'ru' : 'uk';
	}
	if (cyrillic > 0) return undefined;
	const words = quote.toLowerCase().match(/\p{L}+/gu) ?? [];
	return words.some((word) => ENGLISH_WORDS.has(word)) ? 'en' : undefined;
}
