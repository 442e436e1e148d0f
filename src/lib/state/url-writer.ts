import { replaceState } from '$app/navigation';

/**
 * The one place that writes the address bar (Kit 2's shallow `replaceState`; in Kit 3 this
 * becomes `goto(url, { shallow: true, replace: true })`). Only AppState calls it.
 */
export function replaceSearch(search: string): void {
	// A query-only URL, relative to the current page: there is no route path to resolve().
	// eslint-disable-next-line svelte/no-navigation-without-resolve
	replaceState(search, {});
}
