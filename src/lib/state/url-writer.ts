import { pushState, replaceState } from '$app/navigation';

/**
 * The one place that writes the address bar (Kit 2's shallow routing; in Kit 3 these become
 * `goto(url, { shallow: true, replace })`). Only AppState calls it. `push` adds a history entry
 * (a milestone the reader went to); otherwise the current entry is replaced (scrubbing).
 */
export function writeSearch(search: string, push: boolean): void {
	// A query-only URL, relative to the current page: there is no route path to resolve().
	// eslint-disable-next-line svelte/no-navigation-without-resolve
	if (push) pushState(search, {});
	// eslint-disable-next-line svelte/no-navigation-without-resolve
	else replaceState(search, {});
}
