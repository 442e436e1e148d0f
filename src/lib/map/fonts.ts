import { LATIN, LATIN_FACES } from '../fonts';
import { FONT_REGULAR, FONT_SEMIBOLD, type FontFaces } from './style';

/**
 * The map's fonts: the Latin faces only. Every label the map draws is in their ranges
 * (fonts.test.ts checks the data, the venues and the treaty notes), so the map never asks for
 * the Latin Extended files; the page fetches those only for text that needs them.
 */
export const MAP_FONT_FACES: FontFaces = {
	[FONT_REGULAR]: [{ url: LATIN_FACES.regular, 'unicode-range': LATIN }],
	[FONT_SEMIBOLD]: [{ url: LATIN_FACES.semibold, 'unicode-range': LATIN }]
};
