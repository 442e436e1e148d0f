import { fetchJson } from '../data-file';
import { setMilestones } from './milestones';
import { setTreaty, type TreatyContent } from './treaty';
import type { Milestone, Venue } from './schema';
import { setVenues } from './venues';
import { setWorks, type Work } from './works';

/** The story's content: what the app reads through MILESTONES, WORKS, VENUES and treaty.ts. */
export interface ContentData {
	milestones: readonly Milestone[];
	works: readonly Work[];
	venues: readonly Venue[];
	treaty: TreatyContent;
}

/** /data/content.json: the content, with the version of the build that wrote it. */
export interface ContentFile extends ContentData {
	version: string;
}

export const CONTENT_PATH = '/data/content.json';

/** The content file of a language: /data/content.json, /uk/data/content.json. */
export function contentPath(locale: string): string {
	return locale === 'en' ? CONTENT_PATH : `/${locale}${CONTENT_PATH}`;
}

/**
 * Fills MILESTONES, WORKS and VENUES. The build does it from the data modules (hooks.server.ts,
 * the content check, the unit tests' setup); the browser from /data/content.json before the page
 * hydrates (hooks.client.ts), so the story's text is JSON, fetched beside the code, not code.
 */
export function setContent(content: ContentData): void {
	setWorks(content.works);
	setVenues(content.venues);
	setMilestones(content.milestones);
	setTreaty(content.treaty);
}

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

function listOfRecords(file: Record<string, unknown>, key: keyof ContentData): string | null {
	const list = file[key];
	if (!Array.isArray(list) || list.length === 0) return `no ${key}`;
	if (!list.every((item) => isObject(item) && typeof item.id === 'string'))
		return `${key} without ids`;
	return null;
}

/**
 * The content of /data/content.json, if it is the file this build wrote; otherwise the reason it
 * is not. The build validated the content (src/lib/content/check.ts), so this checks only that the
 * file is whole and of this version (a copy cached from an older build would not match the code).
 */
export function readContentFile(json: unknown, version: string): ContentData | string {
	if (!isObject(json)) return 'not an object';
	if (json.version !== version)
		return `of version ${String(json.version)}, the app is of version ${version}`;
	for (const key of ['milestones', 'works', 'venues'] as const) {
		const problem = listOfRecords(json, key);
		if (problem) return problem;
	}
	if (!isObject(json.treaty) || !Array.isArray(json.treaty.documents)) return 'no treaty';
	return json as unknown as ContentFile;
}

export interface ContentSources {
	version: string;
	/** The content file to read (see contentPath); the English one by default. */
	path?: string;
	fetcher?: typeof fetch;
	/** The same content as a code chunk, should the file be missing, broken or stale. */
	bundled: () => Promise<ContentData>;
}

/**
 * Loads the content in the browser: the JSON file (preloaded by app.html), asked again past the
 * HTTP cache if what came was another version's, and the bundled copy if the file cannot be had.
 * Returns where it came from and, for the bundled copy, why.
 */
export async function loadContent({
	version,
	path = CONTENT_PATH,
	fetcher = fetch,
	bundled
}: ContentSources): Promise<{ from: 'file' } | { from: 'bundled'; why: string }> {
	let why = '';
	for (const init of [undefined, { cache: 'reload' } as const]) {
		try {
			const read = readContentFile(await fetchJson(path, (url) => fetcher(url, init)), version);
			if (typeof read !== 'string') {
				setContent(read);
				return { from: 'file' };
			}
			why = `${path} is ${read}`;
		} catch (error) {
			why = (error as Error).message;
			break;
		}
	}
	setContent(await bundled());
	return { from: 'bundled', why };
}
