import { error } from '@sveltejs/kit';
import { MILESTONES } from '$lib/content/milestones';
import { m } from '$lib/paraglide/messages';

/**
 * A static page per milestone: the atlas opened at it, with its own title, description and oEmbed
 * link, so a link to a milestone previews and embeds as that milestone even without JavaScript.
 */
export async function entries() {
	// Called while the build looks over the routes, before the content is loaded: read as written
	// (this chunk is never fetched in the browser, where entries are not asked for).
	const { MILESTONE_DATA } = await import('$lib/content/data/milestones');
	return MILESTONE_DATA.map(({ id }) => ({ id }));
}

export function load({ params }) {
	const milestone = MILESTONES.find(({ id }) => id === params.id);
	// Shown by the error page when a link (or a typed URL, in the browser) names no milestone.
	if (!milestone) error(404, m.pages_milestone_not_found());
	return { milestone };
}
