import type { ClientInit } from '@sveltejs/kit';
import { version } from '$app/environment';
import { contentPath, loadContent } from '$lib/content/load';
import { setDateLocale } from '$lib/dates';
import { bootFailureNotice, readBootWords } from '$lib/i18n/boot-failure';
import { splitTextsReady } from '$lib/i18n/split-texts';
import { getLocale } from '$lib/paraglide/runtime';
import { TREATY_PANEL_SELECTOR, treatyPanel } from '$lib/components/treaty/treaty-panel.svelte';

/**
 * The story's content arrives as JSON before the page hydrates (see $lib/content/load.ts), with
 * the UI's Ukrainian text on a Ukrainian page ($lib/i18n/split-texts.ts), and the treaty panel's
 * code if the prerendered page shows it.
 */
export const init: ClientInit = async () => {
	try {
		const locale = getLocale();
		setDateLocale(locale);
		const [loaded] = await Promise.all([
			loadContent({
				version,
				path: contentPath(locale),
				bundled: async () => (await import('$lib/content/data/index')).contentFor(locale)
			}),
			splitTextsReady()
		]);
		if (loaded.from === 'bundled')
			console.warn(`Story content from the bundled copy: ${loaded.why}`);
		// A page prerendered with the treaty panel hydrates with it (its code is loaded on demand).
		if (document.querySelector(TREATY_PANEL_SELECTOR)) await treatyPanel.load();
	} catch (error) {
		// Neither the content file nor its bundled copy, or not the Ukrainian page's UI text (offline
		// before the first visit was stored): the prerendered page stays readable, and says why
		// nothing responds, in its own language (in words the page carries: the text that failed may be
		// the page's Ukrainian).
		const notice = document.createElement('p');
		notice.setAttribute('role', 'alert');
		notice.className = 'content-failed';
		notice.textContent = bootFailureNotice(readBootWords(document), error);
		document.body.prepend(notice);
		throw error;
	}
};
