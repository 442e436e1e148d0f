/**
 * Media query of the compact layout (phones, portrait or landscape): the map first, the milestone
 * panel as a bottom sheet, secondary controls behind "More". Components' CSS repeats it literally
 * (a media query cannot read a constant); `sheet.test.ts` checks they agree.
 */
export const COMPACT_QUERY =
	'(max-width: 47.99rem), (max-height: 30rem) and (orientation: landscape)';

/** How far (px) a finger must travel on the sheet's handle to open or close it. */
export const SWIPE_PX = 24;

/**
 * What a vertical swipe on the sheet's handle asks for: up opens, down closes, a shorter move is a
 * tap (left to the button's click).
 */
export function swipeIntent(dy: number, threshold = SWIPE_PX): 'open' | 'close' | null {
	if (dy <= -threshold) return 'open';
	if (dy >= threshold) return 'close';
	return null;
}
