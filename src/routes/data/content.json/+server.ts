import { json } from '@sveltejs/kit';
import { version } from '$app/environment';
import { contentFor } from '$lib/content/data/index';
import { getLocale } from '$lib/paraglide/runtime';
import type { ContentFile } from '$lib/content/load';

// Written once at build time to build/data/content.json (and /uk/data/content.json, in Ukrainian);
// read by the browser before hydration.
export const prerender = true;

export function GET() {
	const file: ContentFile = { version, ...contentFor(getLocale()) };
	return json(file);
}
