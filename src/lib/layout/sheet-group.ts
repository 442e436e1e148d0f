/**
 * On a phone the milestone panel, the legend and the layer menu open as bottom sheets in the same
 * place: one at a time, or the one opened last would hide the other under it, still open and
 * still in the tab order. Each sheet claims the place when it opens; the one it displaces folds.
 */
let current: (() => void) | null = null;

/** The sheet folded by `fold` has opened: any other open sheet folds. */
export function claimSheet(fold: () => void): void {
	if (current !== null && current !== fold) current();
	current = fold;
}

/** The sheet folded by `fold` has closed by itself. */
export function releaseSheet(fold: () => void): void {
	if (current === fold) current = null;
}
