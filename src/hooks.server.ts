import type { ServerInit } from '@sveltejs/kit';
import { CONTENT_DATA } from '$lib/content/data/index';
import { setContent } from '$lib/content/load';

/** Prerendering renders every page from the content as written (see $lib/content/load.ts). */
export const init: ServerInit = () => setContent(CONTENT_DATA);
