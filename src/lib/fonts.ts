import latinExtRegular from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';
import latinRegular from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latinExtSemiBold from '@fontsource/noto-sans/files/noto-sans-latin-ext-600-normal.woff2?url';
import latinSemiBold from '@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff2?url';
import cyrillicRegular from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2?url';
import cyrillicSemiBold from '@fontsource/noto-sans/files/noto-sans-cyrillic-600-normal.woff2?url';

// The page's text and the map's labels use the same files, so they match and the browser fetches
// each file once. Ranges as in @fontsource/noto-sans's own index CSS (its per-subset CSS files
// have none, which made every page fetch every face).
export const LATIN = [
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
	'U+0304',
	'U+0308',
	'U+0329',
	'U+1D00-1DBF',
	'U+1E00-1E9F',
	'U+1EF2-1EFF',
	'U+2020',
	'U+20A0-20AB',
	'U+20AD-20C0',
	'U+2113',
	'U+2C60-2C7F',
	'U+A720-A7FF'
];

/** Ukrainian's letters (and Russian's, in quotes and names), with the combining acute and №. */
export const CYRILLIC = ['U+0301', 'U+0400-045F', 'U+0490-0491', 'U+04B0-04B1', 'U+2116'];

const PAGE_FACES = [
	{ weight: 400, url: latinRegular, ranges: LATIN },
	{ weight: 400, url: latinExtRegular, ranges: LATIN_EXT },
	{ weight: 600, url: latinSemiBold, ranges: LATIN },
	{ weight: 600, url: latinExtSemiBold, ranges: LATIN_EXT },
	{ weight: 400, url: cyrillicRegular, ranges: CYRILLIC },
	{ weight: 600, url: cyrillicSemiBold, ranges: CYRILLIC }
];

/** Noto Sans's vertical metrics (hhea), in em. */
const NOTO_ASCENT = 1.069;
const NOTO_DESCENT = 0.293;

/**
 * Arial (Liberation Sans on Linux has its metrics) scaled to Noto Sans's widths: Noto Sans sets
 * running text 4.9 % wider at 400, and its 600 is 1.8 % wider than Arial Bold (measured in
 * Chromium on a paragraph of the story).
 */
const FALLBACK_FACES = [
	{ weight: 400, locals: ['Arial', 'ArialMT', 'Liberation Sans'], sizeAdjust: 104.93 },
	{
		weight: 600,
		locals: ['Arial Bold', 'Arial-BoldMT', 'Liberation Sans Bold'],
		sizeAdjust: 101.81
	}
];

/** A vertical metric of Noto Sans as an override for a fallback scaled by `sizeAdjust` %. */
export function fallbackMetric(em: number, sizeAdjust: number): number {
	return Math.round((em / (sizeAdjust / 100)) * 10000) / 100;
}

/**
 * The page's @font-face rules: Noto Sans in two weights, each subset with its unicode-range, so a
 * browser fetches the Latin Extended files only for text that needs them (Çavuşoğlu, not 24 Feb).
 * The Latin faces are preloaded and nearly always there for the first paint, and the page waits
 * up to 0.8 s for them (app.html's boot script); when one is later still (a slow first visit) the
 * text is set in FALLBACK_FACES first, sized to Noto Sans's widths and heights, so the swap re-sets
 * it with little movement (it moved /embed-api by 0.11 on a phone with a plain fallback; lines can
 * still break differently: a milestone's panel moved by a line).
 */
export const PAGE_FONT_FACE_CSS = [
	...PAGE_FACES.map(
		({ weight, url, ranges }) =>
			`@font-face{font-family:'Noto Sans';font-style:normal;font-display:swap;font-weight:${weight};src:url(${url}) format('woff2');unicode-range:${ranges.join(',')}}`
	),
	...FALLBACK_FACES.map(
		({ weight, locals, sizeAdjust }) =>
			`@font-face{font-family:'Noto Sans Fallback';font-style:normal;font-weight:${weight};src:${locals.map((name) => `local('${name}')`).join(',')};size-adjust:${sizeAdjust}%;ascent-override:${fallbackMetric(NOTO_ASCENT, sizeAdjust)}%;descent-override:${fallbackMetric(NOTO_DESCENT, sizeAdjust)}%;line-gap-override:0%}`
	)
].join('\n');

/** The Latin faces, by weight: every page's text starts with these. */
export const LATIN_FACES = { regular: latinRegular, semibold: latinSemiBold };

/** The Cyrillic faces, by weight: the Ukrainian edition's text and map labels. */
export const CYRILLIC_FACES = { regular: cyrillicRegular, semibold: cyrillicSemiBold };

/** The faces a page in a language sets its first text with: preloaded with the page. */
export function firstFaces(locale: string): string[] {
	const latin = [LATIN_FACES.regular, LATIN_FACES.semibold];
	return locale === 'uk' ? [CYRILLIC_FACES.regular, CYRILLIC_FACES.semibold, ...latin] : latin;
}

/** Whether every character of a text is in the given ranges. */
export function coveredBy(text: string, ranges: readonly string[]): boolean {
	const spans = ranges.map((range) => {
		const [from, to = from] = range.replace('U+', '').split('-');
		return [parseInt(from, 16), parseInt(to, 16)] as const;
	});
	return [...text].every((char) => {
		const code = char.codePointAt(0)!;
		return spans.some(([from, to]) => code >= from && code <= to);
	});
}
