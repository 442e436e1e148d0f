import { MILESTONES_BY_ID } from '../content/milestones';
import { m } from '../paraglide/messages';
import { getLocale, localizeHref } from '../paraglide/runtime';
import { viewSearch, DEFAULT_VIEW } from '../state/url';
import { startOf } from '../story/milestones';
import { DEFAULT_EMBED, type Language } from './options';
import { embedTitle, embedUrl, iframeSnippet, nominalSize, SIZES } from './snippet';

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

/**
 * The oEmbed response in a language (the page's, as /oembed.json and /uk/oembed.json are): its
 * title, and the embed and site it points at, in that language's edition. The milestone's title
 * is the content's, loaded in the same language.
 */
export function oembedFor(
	origin: string,
	milestoneId: string | null,
	lang: Language = getLocale()
): OEmbed {
	const milestone = milestoneId === null ? undefined : MILESTONES_BY_ID.get(milestoneId);
	const src = embedUrl(origin, oembedSearch(milestoneId), { ...DEFAULT_EMBED, lang });
	return {
		version: '1.0',
		type: 'rich',
		provider_name: m.site_title({}, { locale: lang }),
		provider_url: `${origin}${localizeHref('/', { locale: lang })}`,
		title: milestone
			? m.pages_oembed_milestone_title({ title: milestone.title }, { locale: lang })
			: embedTitle(lang),
		...nominalSize(OEMBED_SIZE),
		html: iframeSnippet(src, OEMBED_SIZE, lang),
		cache_age: 86_400
	};
}
