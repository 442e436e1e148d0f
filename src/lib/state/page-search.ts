import { isIsoDay } from '../dates';

/**
 * The query a milestone's own page (`/milestone/<id>`) starts from. The page is the milestone: a
 * query that names no milestone and no valid day (a tracking tag, a theme, `mode=present`…) opens
 * at it, with the rest of the query applied. A valid `date` or a `milestone` in the query wins, as
 * a link that asks for them means them.
 */
export function searchOnPage(
	search: string,
	pageMilestone: string | null,
	isMilestone: (id: string) => boolean = () => true
): string {
	if (pageMilestone === null) return search;
	const params = new URLSearchParams(search);
	const asked = params.get('milestone');
	// A milestone that does not exist names nothing: the page's own is the nearest valid view.
	if (asked !== null && isMilestone(asked)) return search;
	const date = params.get('date');
	if (asked === null && date !== null && isIsoDay(date)) return search;
	params.set('milestone', pageMilestone);
	return `?${params.toString()}`;
}
