import { m } from '$lib/paraglide/messages';
import { LazyComponent } from '../lazy-component.svelte';
import type TreatyPanel from './TreatyPanel.svelte';

/**
 * The treaty panel's code, fetched when the treaty layers are first shown rather than with the
 * atlas: most readers never open them. The server loads it at start (hooks.server.ts) so the
 * pages that show the panel are prerendered with it; the browser loads it before hydration when
 * the prerendered page shows it (hooks.client.ts), so those pages hydrate without a change.
 */
export const treatyPanel = new LazyComponent<typeof TreatyPanel>(
	() => import('./TreatyPanel.svelte'),
	(reason) => m.story_treaty_load_failed({ reason })
);

/** The element the panel renders (the prerendered page shows the panel if it is there). */
export const TREATY_PANEL_SELECTOR = '[data-testid="treaty-panel"]';
