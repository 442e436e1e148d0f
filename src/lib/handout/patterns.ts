import { PALETTE as C } from '../map/palette';

/**
 * The handout's hatches as SVG patterns, shared by the printed maps and the legend's swatches:
 * drawn as shapes, so they print as lines and not as a background a printer may drop.
 */
export const PATTERN_DEFS = [
	hatch('hatch-advance', C.advanceHatch, 45),
	hatch('hatch-counter', C.counterHatch, -45),
	hatch('hatch-2014', C.occupied2014Hatch, 45)
].join('');

function hatch(id: string, colour: string, angle: number): string {
	return `<pattern id="${id}" width="7" height="7" patternUnits="userSpaceOnUse" patternTransform="rotate(${angle})"><rect width="2.2" height="7" fill="${colour}"/></pattern>`;
}
