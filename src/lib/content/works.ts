/**
 * The bibliography: every work the app cites, once. Content files cite works by id, so a title or
 * link is corrected in one place.
 */
export interface Work {
	id: string;
	/** Who wrote or said it; omitted for wire copy without a byline. */
	authors?: readonly string[];
	title: string;
	publisher: string;
	/** ISO date, as precise as known: YYYY, YYYY-MM or YYYY-MM-DD. */
	date: string;
	url?: string;
	note?: string;
}

export type { WorkId } from './data/works';
export type { Citation } from './schema';

const works: Work[] = [];
const byId = new Map<string, Work>();

/** The works, as written in data/works.ts; filled before anything renders (see load.ts). */
export const WORKS: readonly Work[] = works;
export const WORKS_BY_ID: ReadonlyMap<string, Work> = byId;

export function setWorks(list: readonly Work[]): void {
	works.splice(0, works.length, ...list);
	byId.clear();
	for (const work of list) byId.set(work.id, work);
}
