import type { ServerInit } from '@sveltejs/kit';
import { CONTENT_DATA } from '$lib/content/data/index';
import { setContent } from '$lib/content/load';
import { treatyPanel } from '$lib/components/treaty/treaty-panel.svelte';

/**
 * Prerendering renders every page from the content as written (see $lib/content/load.ts), with
 * the treaty panel's code at hand for the pages that show it.
 */
export const init: ServerInit = async () => {
	setContent(CONTENT_DATA);
	await treatyPanel.load();
};
