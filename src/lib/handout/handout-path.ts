import { resolve } from '$app/paths';
import type { ResolvedPathname } from '$app/types';
import type { ChapterId } from '../story/chapters';

/** The printable handout of a chapter: the spring of 2022 is the handout's own front page. */
export function handoutPath(chapter: ChapterId): ResolvedPathname {
	return chapter === 'spring-2022'
		? resolve('/handout')
		: resolve('/handout/[chapter]', { chapter });
}
