import { error } from '@sveltejs/kit';
import { handoutPageData } from '$lib/handout/page-data';
import { m } from '$lib/paraglide/messages';
import { CHAPTERS, isChapterId } from '$lib/story/chapters';

export const prerender = true;

/** The later chapters' handouts; the first is /handout itself. */
export function entries() {
	return CHAPTERS.filter((c) => c.id !== 'spring-2022').map((c) => ({ chapter: c.id }));
}

export async function load({ fetch, url, params }) {
	if (!isChapterId(params.chapter) || params.chapter === 'spring-2022')
		error(404, m.handout_no_chapter());
	return { chapter: params.chapter, ...(await handoutPageData(fetch, url.origin, params.chapter)) };
}
