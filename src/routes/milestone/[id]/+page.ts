import { error } from '@sveltejs/kit';
import { MILESTONES } from '$lib/content/milestones';

/**
 * A static page per milestone: the atlas opened at it, with its own title, description and oEmbed
 * link, so a link to a milestone previews and embeds as that milestone even without JavaScript.
 */
export function entries() {
	return MILESTONES.map((m) => ({ id: m.id }));
}

export function load({ params }) {
	const milestone = MILESTONES.find((m) => m.id === params.id);
	if (!milestone) error(404, 'No such milestone');
	return { milestone };
}
