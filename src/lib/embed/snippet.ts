import { escapeMarkup } from '../escape-markup';
import { embedParams, type EmbedOptions } from './options';

export const EMBED_TITLE = 'Talks Atlas: the 2022 Russia–Ukraine peace talks on a map';

/** How the frame is sized: a fixed box, or the host's full width at an aspect ratio. */
export type EmbedSize =
	| { kind: 'fixed'; width: number; height: number }
	| { kind: 'responsive'; ratio: '4:3' | '16:9' | '1:1' };

export const SIZES: readonly { label: string; size: EmbedSize }[] = [
	{ label: 'Full width, 4:3', size: { kind: 'responsive', ratio: '4:3' } },
	{ label: 'Full width, 16:9', size: { kind: 'responsive', ratio: '16:9' } },
	{ label: '640 × 480', size: { kind: 'fixed', width: 640, height: 480 } },
	{ label: '300 × 250 (sidebar)', size: { kind: 'fixed', width: 300, height: 250 } }
];

/** The embed's URL for a view: the app's parameters (date, milestone…) plus the embed's own. */
export function embedUrl(origin: string, viewSearch: string, options: EmbedOptions): string {
	const params = new URLSearchParams(viewSearch);
	for (const [name, value] of embedParams(options)) params.set(name, value);
	const query = params.toString();
	return `${origin}/embed${query ? `?${query}` : ''}`;
}

/** The attributes of the frame, shared by the snippet and the share dialog's live preview. */
export function frameAttributes(src: string, size: EmbedSize): Record<string, string> {
	return {
		src,
		title: EMBED_TITLE,
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
export function iframeSnippet(src: string, size: EmbedSize): string {
	const attributes = Object.entries(frameAttributes(src, size))
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
