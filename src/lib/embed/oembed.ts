import { MILESTONES_BY_ID } from '../content/milestones';
import { viewSearch, DEFAULT_VIEW } from '../state/url';
import { startOf } from '../story/milestones';
import { DEFAULT_EMBED } from './options';
import { EMBED_TITLE, embedUrl, iframeSnippet, nominalSize, SIZES } from './snippet';

/** An oEmbed 1.0 response of type `rich` (https://oembed.com/#section2.3). */
export interface OEmbed {
	version: '1.0';
	type: 'rich';
	provider_name: string;
	provider_url: string;
	title: string;
	width: number;
	height: number;
	html: string;
	cache_age: number;
}

/** The size an oEmbed snippet has: the share dialog's default (full width, 4:3). */
export const OEMBED_SIZE = SIZES[0].size;

/** The view a milestone's URL opens (`/?milestone=…&date=…`), or the app's first view. */
export function oembedSearch(milestoneId: string | null): string {
	const milestone = milestoneId === null ? undefined : MILESTONES_BY_ID.get(milestoneId);
	if (!milestone) return viewSearch({ ...DEFAULT_VIEW });
	return viewSearch({ ...DEFAULT_VIEW, milestone: milestone.id, date: startOf(milestone) });
}

export function oembedFor(origin: string, milestoneId: string | null): OEmbed {
	const milestone = milestoneId === null ? undefined : MILESTONES_BY_ID.get(milestoneId);
	const src = embedUrl(origin, oembedSearch(milestoneId), DEFAULT_EMBED);
	return {
		version: '1.0',
		type: 'rich',
		provider_name: 'Talks Atlas',
		provider_url: `${origin}/`,
		title: milestone ? `${milestone.title} — Talks Atlas` : EMBED_TITLE,
		...nominalSize(OEMBED_SIZE),
		html: iframeSnippet(src, OEMBED_SIZE),
		cache_age: 86_400
	};
}
