import { error, json } from '@sveltejs/kit';
import { MILESTONE_DATA } from '$lib/content/data/milestones';
import { MILESTONES } from '$lib/content/milestones';
import { oembedFor } from '$lib/embed/oembed';

export const prerender = true;

/**
 * One static oEmbed file per milestone URL (`/?milestone=<id>`), in the URL's language
 * (`/uk/oembed/<id>.json` in Ukrainian).
 */
export function entries() {
	// Asked before the content is loaded (see $lib/content/load.ts): read as written.
	return MILESTONE_DATA.map((m) => ({ id: m.id }));
}

export function GET({ params, url }) {
	if (!MILESTONES.some((m) => m.id === params.id)) error(404, 'No such milestone');
	return json(oembedFor(url.origin, params.id));
}
