/** MapLibre's corner for the credit (its attribution control), kept for the map's life. */
export const CREDIT_CORNER = '.maplibregl-ctrl-bottom-right';

type Observe = (target: Element, onResize: () => void) => () => void;

/** A ResizeObserver on one element; the function returned stops it. */
const observeSize: Observe = (target, onResize) => {
	const observer = new ResizeObserver(onResize);
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
	observe: Observe = observeSize
): () => void {
	const corner = mapContainer.querySelector(CREDIT_CORNER);
	if (!corner) return () => {};
	let last = -1;
	const report = () => {
		const height = Math.ceil(corner.getBoundingClientRect().height);
		if (height === last) return;
		last = height;
		onHeight(height);
	};
	report();
	return observe(corner, report);
}
