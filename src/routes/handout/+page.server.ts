import { MILESTONES } from '$lib/content/milestones';
import { loadCatalog } from '$lib/frontlines/catalog';
import { frontlineCaption, handoutSections } from '$lib/handout/sections';

export const prerender = true;

/**
 * What the printed captions say about each map's front line (which assessment, as of which day),
 * worked out from the data index at build time, and the site's public origin for printed links.
 */
export async function load({ fetch, url }) {
	const catalog = await loadCatalog(fetch);
	const captions = Object.fromEntries(
		handoutSections(MILESTONES).map((s) => [s.milestone.id, frontlineCaption(catalog, s.mapDay)])
	);
	const sources = catalog.sources.map((s) => ({ label: s.label, attribution: s.attribution }));
	return { captions, sources, origin: url.origin };
}
