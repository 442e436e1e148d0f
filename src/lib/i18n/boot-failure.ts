import { escapeMarkup } from '../escape-markup';
import { isNoAnswer, ownWords } from '../error-reason';

/**
 * The words of the notice a page shows when its story content or UI text did not load
 * (hooks.client.ts), in the page's language. They come in the page's HTML, written from the UI
 * messages as the page is prerendered (hooks.server.ts), not in the code: on a Ukrainian page the
 * text that failed may be the Ukrainian messages themselves (split-texts.ts).
 */
export interface BootWords {
	/** The notice, with `{why}` where the reason goes. */
	text: string;
	noAnswer: string;
	unknown: string;
}

export const BOOT_WORDS_ID = 'boot-failure';

/** The words as an inert element for app.html's `%talks.bootWords%`. */
export function bootWordsMarkup({ text, noAnswer, unknown }: BootWords): string {
	return `<template id="${BOOT_WORDS_ID}" data-text="${escapeMarkup(text)}" data-no-answer="${escapeMarkup(noAnswer)}" data-unknown="${escapeMarkup(unknown)}"></template>`;
}

/** The words as the page carries them; null if it carries none. */
export function readBootWords(page: {
	getElementById(id: string): HTMLElement | null;
}): BootWords | null {
	const { text, noAnswer, unknown } = page.getElementById(BOOT_WORDS_ID)?.dataset ?? {};
	return text && noAnswer && unknown ? { text, noAnswer, unknown } : null;
}

/** The notice with why the load failed; without the page's words, the error's own alone. */
export function bootFailureNotice(words: BootWords | null, error: unknown): string {
	const own = ownWords(error);
	if (!words) return own;
	const why = isNoAnswer(error) ? words.noAnswer : own || words.unknown;
	return words.text.replace('{why}', () => why);
}
