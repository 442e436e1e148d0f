import { MILESTONES } from '../content/milestones';
import { loadCatalog } from '../frontlines/catalog';
import type { ChapterId } from '../story/chapters';
import { frontlineCaption, handoutSections } from './sections';

/**
 * What a chapter's printed captions say about each map's front line (which assessment, as of
 * which day), worked out from the data index at build time, and the site's public origin for
 * printed links.
 */
export async function handoutPageData(fetcher: typeof fetch, origin: string, chapter: ChapterId) {
	const catalog = await loadCatalog(fetcher);
	const captions = Object.fromEntries(
		handoutSections(MILESTONES, chapter).map((s) => [
			s.milestone.id,
			frontlineCaption(catalog, s.mapDay)
		])
	);
	const sources = catalog.sources.map((s) => ({ label: s.label, attribution: s.attribution }));
	return { captions, sources, origin };
}
