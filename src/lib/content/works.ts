import { contentTable } from './table';

/**
 * The bibliography: every work the app cites, once. Content files cite works by id, so a title or
 * link is corrected in one place.
 */
export interface Work {
	id: string;
	/** Who wrote or said it; omitted for wire copy without a byline. */
	authors?: readonly string[];
	/**
	 * As published; where `titleFrom` says so, the words of its address, words of the photo's
	 * caption (… where some are left out), or a description the atlas wrote.
	 */
	title: string;
	/**
	 * Where the title comes from when the work's own headline was not at hand: the words of its
	 * address (URL), the caption of the photo cited, or the atlas (a description, translated like
	 * the atlas's other prose).
	 */
	titleFrom?: 'url' | 'caption' | 'atlas';
	/**
	 * The language of the address's words when not English: `title` is then the atlas's English
	 * rendering, and `originalTitle` the words in their own script, shown in that language's edition.
	 */
	titleLanguage?: 'uk';
	originalTitle?: string;
	publisher: string;
	/** ISO date, as precise as known: YYYY, YYYY-MM or YYYY-MM-DD. */
	date: string;
	url?: string;
	note?: string;
}

export type { WorkId } from './data/works';
export type { Citation } from './schema';

const works = contentTable<Work>();

/** The works, as written in data/works.ts; filled before anything renders (see load.ts). */
export const WORKS = works.list;
export const WORKS_BY_ID = works.byId;
export const setWorks = works.set;
