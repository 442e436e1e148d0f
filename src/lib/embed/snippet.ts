import { escapeMarkup } from '../escape-markup';
import { formatNumber } from '../i18n/locale';
import { m } from '../paraglide/messages';
import { getLocale, localizeHref } from '../paraglide/runtime';
import { embedParams, type EmbedOptions, type Language } from './options';

/** The frame's title (what a screen reader announces for it), in the embed's language. */
export function embedTitle(lang: Language = getLocale()): string {
	return m.pages_embed_title({}, { locale: lang });
}

/** How the frame is sized: a fixed box, or the host's full width at an aspect ratio. */
export type EmbedSize =
	| { kind: 'fixed'; width: number; height: number }
	| { kind: 'responsive'; ratio: '4:3' | '16:9' | '1:1' };

export interface SizeChoice {
	readonly size: EmbedSize;
	/** In the reader's language, each time it is read (never fixed when the module loads). */
	readonly label: string;
}

function sizeChoice(size: EmbedSize, sidebar = false): SizeChoice {
	return {
		size,
		get label() {
			return sizeLabel(size, sidebar);
		}
	};
}

/** The sizes the share dialog offers, the first being the default (and oEmbed's). */
export const SIZES: readonly SizeChoice[] = [
	sizeChoice({ kind: 'responsive', ratio: '4:3' }),
	sizeChoice({ kind: 'responsive', ratio: '16:9' }),
	sizeChoice({ kind: 'fixed', width: 640, height: 480 }),
	sizeChoice({ kind: 'fixed', width: 300, height: 250 }, true)
];

/** "Full width, 4:3", "640 × 480", "300 × 250 (sidebar)". */
export function sizeLabel(size: EmbedSize, sidebar = false): string {
	if (size.kind === 'responsive') return m.pages_size_full_width({ ratio: size.ratio });
	const box = { width: formatNumber(size.width), height: formatNumber(size.height) };
	return sidebar ? m.pages_size_sidebar(box) : m.pages_size_fixed(box);
}

/**
 * The embed's URL for a view: the app's parameters (date, milestone…) plus the embed's own, on
 * the path of the embed's language (`/embed`, `/uk/embed`).
 */
export function embedUrl(origin: string, viewSearch: string, options: EmbedOptions): string {
	const params = new URLSearchParams(viewSearch);
	for (const [name, value] of embedParams(options)) params.set(name, value);
	const query = params.toString();
	const path = localizeHref('/embed', { locale: options.lang });
	return `${origin}${path}${query ? `?${query}` : ''}`;
}

/**
 * The attributes of the frame, shared by the snippet and the share dialog's live preview; the
 * title in the embed's language (`lang`, the reader's by default).
 */
export function frameAttributes(
	src: string,
	size: EmbedSize,
	lang: Language = getLocale()
): Record<string, string> {
	return {
		src,
		title: embedTitle(lang),
		...(size.kind === 'fixed'
			? { width: String(size.width), height: String(size.height), style: 'border:0' }
			: { style: 'position:absolute;inset:0;width:100%;height:100%;border:0' }),
		loading: 'lazy',
		allow: 'fullscreen',
		// The widget needs its scripts and its own origin's data; links open in a new tab.
		sandbox: 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox',
		referrerpolicy: 'strict-origin-when-cross-origin'
	};
}

/** The HTML a host pastes: an iframe, in an aspect-ratio wrapper when responsive. */
export function iframeSnippet(src: string, size: EmbedSize, lang: Language = getLocale()): string {
	const attributes = Object.entries(frameAttributes(src, size, lang))
		.map(([name, value]) => `${name}="${escapeMarkup(value)}"`)
		.join(' ');
	const iframe = `<iframe ${attributes}></iframe>`;
	if (size.kind === 'fixed') return iframe;
	const ratio = size.ratio.replace(':', ' / ');
	return `<div style="position:relative;width:100%;aspect-ratio:${ratio}">${iframe}</div>`;
}

/** The size an oEmbed response states: the fixed size, or 640 wide at the ratio. */
export function nominalSize(size: EmbedSize): { width: number; height: number } {
	if (size.kind === 'fixed') return { width: size.width, height: size.height };
	const [w, h] = size.ratio.split(':').map(Number);
	return { width: 640, height: Math.round((640 * h) / w) };
}
