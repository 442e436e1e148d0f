/** MapLibre's corner for the credit (its attribution control), kept for the map's life. */
export const CREDIT_CORNER = '.maplibregl-ctrl-bottom-right';

/** Watches an element's height; the function returned stops watching. */
type Observe = (target: Element, onHeight: (px: number) => void) => () => void;

/**
 * A ResizeObserver: it reports the height once at the start and on every change, from the
 * layout the browser makes anyway (reading the element's box here would force one more).
 */
const observeHeight: Observe = (target, onHeight) => {
	const observer = new ResizeObserver((entries) => {
		const box = entries.at(-1)?.borderBoxSize?.[0];
		if (box) onHeight(box.blockSize);
	});
	observer.observe(target);
	return () => observer.disconnect();
};

/**
 * Reports the height of the map's credit line whenever it changes: the cards over the map end
 * above it. The credit is longer in some languages and for some assessments, so it takes one
 * line or several depending on the map's width (in Ukrainian at 1280×800, two), and a fixed
 * allowance let the legend's last lines run under it. Nothing is reported while the map has no
 * credit corner (not made yet, or no map).
 */
export function watchCreditHeight(
	mapContainer: ParentNode,
	onHeight: (px: number) => void,
	observe: Observe = observeHeight
): () => void {
	const corner = mapContainer.querySelector(CREDIT_CORNER);
	if (!corner) return () => {};
	let last = -1;
	return observe(corner, (px) => {
		const height = Math.ceil(px);
		if (height === last) return;
		last = height;
		onHeight(height);
	});
}
