import { COMPACT_QUERY } from './sheet';
import { claimSheet, releaseSheet } from './sheet-group';

/**
 * A card over the map that folds (the legend, the layer menu: a `<details>`). Folded from inside —
 * by its Close button or by Escape — it gives focus back to its summary, not to a control that
 * has just been hidden; its Escape comes before the page's own (which closes a venue).
 */
export class FoldableCard {
	open = $state(false);
	summary: HTMLElement | undefined = $state();

	close = () => {
		this.open = false;
		this.summary?.focus();
	};

	// Displaced by another sheet: folds without taking focus from the one that opened.
	#displace = () => {
		this.open = false;
	};

	/** The `<details>`' toggle: on a phone the card is a sheet, one open at a time. */
	toggled = (event: Event) => {
		// The element's own state: `open` may not have been bound back yet when this runs.
		const open = (event.currentTarget as HTMLDetailsElement).open;
		if (open && matchMedia(COMPACT_QUERY).matches) claimSheet(this.#displace);
		else releaseSheet(this.#displace);
	};

	fold = (event: KeyboardEvent) => {
		if (event.key !== 'Escape' || !this.open) return;
		event.stopPropagation();
		this.close();
	};
}
