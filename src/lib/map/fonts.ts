import latinExtRegular from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';
import latinRegular from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latinExtSemiBold from '@fontsource/noto-sans/files/noto-sans-latin-ext-600-normal.woff2?url';
import latinSemiBold from '@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff2?url';
import { FONT_REGULAR, FONT_SEMIBOLD, type FontFaces } from './style';

// The same files the page's own text uses (see +layout.svelte), so labels and UI match and the
// browser fetches each file once. Ranges copied from @fontsource/noto-sans's CSS.
const LATIN = [
	'U+0000-00FF',
	'U+0131',
	'U+0152-0153',
	'U+02BB-02BC',
	'U+02C6',
	'U+02DA',
	'U+02DC',
	'U+0304',
	'U+0308',
	'U+0329',
	'U+2000-206F',
	'U+20AC',
	'U+2122',
	'U+2191',
	'U+2193',
	'U+2212',
	'U+2215',
	'U+FEFF',
	'U+FFFD'
];
const LATIN_EXT = [
	'U+0100-02BA',
	'U+02BD-02C5',
	'U+02C7-02CC',
	'U+02CE-02D7',
	'U+02DD-02FF',
	'U+1E00-1E9F',
	'U+A720-A7FF'
];

export const MAP_FONT_FACES: FontFaces = {
	[FONT_REGULAR]: [
		{ url: latinRegular, 'unicode-range': LATIN },
		{ url: latinExtRegular, 'unicode-range': LATIN_EXT }
	],
	[FONT_SEMIBOLD]: [
		{ url: latinSemiBold, 'unicode-range': LATIN },
		{ url: latinExtSemiBold, 'unicode-range': LATIN_EXT }
	]
};
