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

	fold = (event: KeyboardEvent) => {
		if (event.key !== 'Escape' || !this.open) return;
		event.stopPropagation();
		this.close();
	};
}
