import type { CompilerOptions } from '@inlang/paraglide-js';

/**
 * How the UI messages compile (by the Vite plugin in builds and tests, by `npm run i18n` for the
 * type checker): the language is the URL's (/uk/… Ukrainian, everything else English), so every
 * edition prerenders on its own.
 */
export const PARAGLIDE_OPTIONS = {
	project: './src/lib/i18n/project.inlang',
	outdir: './src/lib/paraglide',
	strategy: ['url', 'baseLocale'],
	trailingSlash: 'never'
} satisfies CompilerOptions;
