import { handoutPageData } from '$lib/handout/page-data';

export const prerender = true;

/** The first chapter's handout, the spring of 2022 (the others: /handout/<chapter>). */
export function load({ fetch, url }) {
	return handoutPageData(fetch, url.origin, 'spring-2022');
}
