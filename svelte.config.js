import adapter from '@sveltejs/adapter-static';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// app.html's one inline script (the boot script: fonts, present mode, /embed?lang), allowed by
// its hash: the CSP has no 'unsafe-inline' for scripts.
const bootScript = readFileSync(new URL('./src/app.html', import.meta.url), 'utf8').match(
	/<script>([\s\S]*?)<\/script>/
)?.[1];
if (bootScript === undefined) throw new Error('src/app.html: the boot script is missing');
const bootHash = `sha256-${createHash('sha256').update(bootScript).digest('base64')}`;

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ strict: true }),
		// Root-relative links (/about, not ../about): a page's link in another language is made by
		// prefixing its path (/uk/about, src/lib/i18n/locale.ts), which needs the path itself.
		paths: { relative: false },
		prerender: {
			// The site's public origin, for the absolute URLs in the oEmbed files (an embed's
			// iframe must point at the site itself). Set SITE_ORIGIN when building for a deploy.
			origin: process.env.SITE_ORIGIN ?? 'http://localhost:4173',
			// A broken internal link must fail the build rather than ship.
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			// One page at a time: the story's content is module state, set per page to the page's
			// language (src/hooks.server.ts).
			concurrency: 1,
			// Every page in English is found from '*' and its links; the Ukrainian edition from its
			// front page and data files, and its links (a missing one fails the build, above).
			entries: [
				'*',
				'/uk',
				'/uk/about',
				'/uk/story',
				'/uk/handout',
				'/uk/embed',
				'/uk/embed-api',
				'/uk/data/content.json',
				'/uk/data/story.json',
				'/uk/oembed.json'
			]
		},
		// Registered by the layout once the first page is idle, so storing the app for offline
		// use never competes with the first map (see src/routes/+layout.svelte).
		serviceWorker: { register: false },
		csp: {
			// Prerendered pages get this as a <meta> tag with hashes for Kit's inline bootstrap.
			// frame-ancestors and the other header-only directives are documented in the README.
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', bootHash],
				// Kit's route announcer and MapLibre's markers set inline styles.
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self', 'data:'],
				'connect-src': ['self'],
				'worker-src': ['self', 'blob:'],
				'child-src': ['self', 'blob:'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
