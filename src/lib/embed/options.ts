import { switchHref } from '../i18n/language-switch';
import { m } from '../paraglide/messages';
import { baseLocale, locales, type Locale } from '../paraglide/runtime';
import { quoteNames, shorten } from '../reflected-text';
import { parseThemeParam, type Theme } from '../theme';

/**
 * The embed's own URL parameters, beside the app's (date, milestone, source, layers, camera):
 * which controls show, the theme, the language, autoplay, and which host origins may send
 * commands. Anything malformed falls back to the default and is described in a notice.
 */
export const EMBED_CONTROLS = ['scrubber', 'play', 'legend', 'layers'] as const;
export type EmbedControl = (typeof EMBED_CONTROLS)[number];

export { THEMES, type Theme } from '../theme';

/** Languages the atlas is written in: each an edition of its own (`/embed`, `/uk/embed`). */
export const LANGUAGES: readonly Locale[] = locales;
export type Language = Locale;

export interface EmbedOptions {
	controls: EmbedControl[];
	theme: Theme;
	lang: Language;
	autoplay: boolean;
	/**
	 * Host origins allowed to send commands; null: any host may (the default, as with most map
	 * embeds). An empty list — every listed origin malformed — accepts none.
	 */
	origins: string[] | null;
}

export const DEFAULT_EMBED: EmbedOptions = {
	controls: ['scrubber', 'play', 'legend'],
	theme: 'light',
	lang: baseLocale,
	autoplay: false,
	origins: null
};

const EMBED_PARAMS = ['controls', 'theme', 'lang', 'autoplay', 'origin'] as const;

/**
 * The embed's options from its query. `edition` is the language of the page reading it: what an
 * unknown `lang` falls back to (a known one other than the page's is a redirect, see editionHref).
 */
export function parseEmbedOptions(
	search: string,
	edition: Language = baseLocale
): { options: EmbedOptions; notices: string[] } {
	const params = new URLSearchParams(search);
	const options: EmbedOptions = {
		...DEFAULT_EMBED,
		controls: [...DEFAULT_EMBED.controls],
		lang: edition
	};
	const notices: string[] = [];

	const controls = params.get('controls');
	if (controls !== null) {
		const names = controls === 'none' ? [] : controls.split(',').map((n) => n.trim());
		options.controls = EMBED_CONTROLS.filter((c) => names.includes(c));
		const unknown = [
			...new Set(names.filter((n) => n && !(EMBED_CONTROLS as readonly string[]).includes(n)))
		];
		if (unknown.length > 0)
			notices.push(
				m.pages_embed_unknown_controls({
					names: quoteNames(unknown),
					controls: EMBED_CONTROLS.join(', ')
				})
			);
	}

	const theme = params.get('theme');
	if (theme !== null) {
		const parsed = parseThemeParam(theme);
		options.theme = parsed.theme;
		if (parsed.notice) notices.push(parsed.notice);
	}

	const lang = params.get('lang');
	if (lang !== null) {
		const language = languageOf(lang);
		if (language) options.lang = language;
		else notices.push(m.pages_embed_unknown_lang({ lang: shorten(lang) }));
	}

	const autoplay = params.get('autoplay');
	if (autoplay !== null) options.autoplay = autoplay === '1' || autoplay === 'true';

	const origin = params.get('origin');
	if (origin !== null) {
		const listed = origin.split(',').map((o) => o.trim());
		options.origins = listed.filter(isOrigin);
		if (options.origins.length < listed.length) {
			notices.push(
				options.origins.length === 0
					? m.pages_embed_origin_none()
					: m.pages_embed_origin_some({ example: 'https://example.org' })
			);
		}
	}
	return { options, notices };
}

/** `uk`, `UK` or `uk-UA`: the atlas's language a `lang` value names, if any. */
function languageOf(value: string): Language | null {
	const primary = value.trim().toLowerCase().split(/[-_]/)[0];
	return LANGUAGES.find((language) => language === primary) ?? null;
}

/**
 * Where `?lang=` sends the embed. Each language is an edition prerendered on its own path, so a
 * language other than the page's is that edition's URL: the same parameters without `lang`.
 * Null when the page is the one asked for, or `lang` names no language of the atlas (the page
 * stays, and parseEmbedOptions says so).
 */
export function editionHref(url: URL, current: Language): string | null {
	const lang = url.searchParams.get('lang');
	const language = lang === null ? null : languageOf(lang);
	if (language === null || language === current) return null;
	const params = new URLSearchParams(url.search);
	params.delete('lang');
	const query = params.toString();
	return switchHref(url.pathname, language, query ? `?${query}` : '', url.hash);
}

/**
 * The embed parameters that differ from the defaults, for a snippet's URL. The language is not
 * one: it is the URL's path (see embedUrl).
 */
export function embedParams(options: EmbedOptions): [string, string][] {
	const params: [string, string][] = [];
	const same = (a: readonly string[], b: readonly string[]) =>
		a.length === b.length && a.every((x) => b.includes(x));
	if (!same(options.controls, DEFAULT_EMBED.controls))
		params.push(['controls', options.controls.length ? options.controls.join(',') : 'none']);
	if (options.theme !== DEFAULT_EMBED.theme) params.push(['theme', options.theme]);
	if (options.autoplay) params.push(['autoplay', '1']);
	if (options.origins !== null) params.push(['origin', options.origins.join(',')]);
	return params;
}

/** The query without the embed's own parameters: what the full app understands. */
export function appSearch(search: string): string {
	const params = new URLSearchParams(search);
	for (const name of EMBED_PARAMS) params.delete(name);
	const text = params.toString();
	return text ? `?${text}` : '';
}

/** `https://example.org` or `http://localhost:8080`: a scheme, a host, maybe a port, no path. */
export function isOrigin(value: string): boolean {
	try {
		const url = new URL(value);
		return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value;
	} catch {
		return false;
	}
}
