import { json } from '@sveltejs/kit';
import { version } from '$app/environment';
import { CONTENT_DATA } from '$lib/content/data/index';
import type { ContentFile } from '$lib/content/load';

// Written once at build time to build/data/content.json; read by the browser before hydration.
export const prerender = true;

export function GET() {
	const file: ContentFile = { version, ...CONTENT_DATA };
	return json(file);
}
