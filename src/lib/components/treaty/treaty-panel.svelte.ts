import type TreatyPanel from './TreatyPanel.svelte';

/**
 * The treaty panel's code, fetched when the treaty layers are first shown rather than with the
 * atlas: most readers never open them. The server loads it at start (hooks.server.ts) so the
 * pages that show the panel are prerendered with it; the browser loads it before hydration when
 * the prerendered page shows it (hooks.client.ts), so those pages hydrate without a change.
 */
class LazyTreatyPanel {
	component: typeof TreatyPanel | null = $state.raw(null);
	problem = $state('');
	#pending: Promise<void> | null = null;

	load(): Promise<void> {
		this.#pending ??= import('./TreatyPanel.svelte').then(
			(module) => {
				this.component = module.default;
				this.problem = '';
			},
			(error: unknown) => {
				// Asked again the next time the layers are shown.
				this.#pending = null;
				this.problem = `What was on the table could not be loaded (${(error as Error).message}). The map’s layers still show; reload the page to read it.`;
			}
		);
		return this.#pending;
	}
}

export const treatyPanel = new LazyTreatyPanel();

/** The element the panel renders (the prerendered page shows the panel if it is there). */
export const TREATY_PANEL_SELECTOR = '[data-testid="treaty-panel"]';
