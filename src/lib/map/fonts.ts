import { CYRILLIC, CYRILLIC_FACES, LATIN, LATIN_FACES } from '../fonts';
import { FONT_REGULAR, FONT_SEMIBOLD, type FontFaces } from './style';

/**
 * The map's fonts: the Latin faces, and the Cyrillic ones for the Ukrainian edition's labels
 * (fetched only when a label needs them). Every label the map draws is in their ranges
 * (fonts.test.ts checks the data, the venues and the treaty notes in both languages), so the map
 * never asks for the Latin Extended files; the page fetches those only for text that needs them.
 */
export const MAP_FONT_FACES: FontFaces = {
	[FONT_REGULAR]: [
		{ url: LATIN_FACES.regular, 'unicode-range': LATIN },
		{ url: CYRILLIC_FACES.regular, 'unicode-range': CYRILLIC }
	],
	[FONT_SEMIBOLD]: [
		{ url: LATIN_FACES.semibold, 'unicode-range': LATIN },
		{ url: CYRILLIC_FACES.semibold, 'unicode-range': CYRILLIC }
	]
};
