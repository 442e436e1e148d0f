import { error } from '@sveltejs/kit';
import { HandoutMaps } from '$lib/handout/build-map';

export const prerender = true;

// One instance for the whole build: the data files are decoded once for all the maps.
const maps = new HandoutMaps();

/** One printable map per talks milestone, drawn when the site is built. */
export function entries() {
	return maps.sections.map((s) => ({ id: s.milestone.id }));
}

export async function GET({ params, fetch }) {
	const svg = await maps.svg(params.id, fetch);
	if (svg === null) error(404, 'No handout map for this milestone');
	return new Response(svg, { headers: { 'content-type': 'image/svg+xml' } });
}
