import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { chunkNames, flattenForKit } from './src/build/client-chunks.ts';
import { PARAGLIDE_MESSAGE, withSidecars } from './src/build/locale-split.ts';
import { localeSplit } from './src/build/locale-split-plugin.ts';
import { PARAGLIDE_OPTIONS } from './src/lib/i18n/paraglide-options.ts';

/** The data's own version: the service worker keeps data stored at runtime while this holds. */
function dataVersion(dir = 'static/data'): string {
	const hash = createHash('sha256');
	const files = readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name))
		.sort();
	for (const file of files) hash.update(file).update(readFileSync(file));
	return hash.digest('hex').slice(0, 12);
}

/** The modules that list all the compiled messages (`m`). */
const PARAGLIDE_INDEX = /\/src\/lib\/paraglide\/messages(\.js|\/_index\.js)$/;

/**
 * A module's imports as the chunks should see them: `m` (the index of every message) stands for
 * the messages the module calls (`m.site_title`), so each message goes with the pages that use
 * it. Through the index every page would reach every message, and all of them would be in the
 * code every page loads.
 */
function usedImports(
	imported: readonly string[],
	code: string,
	messageIds: ReadonlySet<string>
): readonly string[] {
	const index = imported.find((id) => PARAGLIDE_INDEX.test(id));
	if (!index) return imported;
	const dir = index.replace(/(\.js|\/_index\.js)$/, '');
	const used = [...code.matchAll(/\bm\.([a-z]\w*)/g)]
		.map((match) => `${dir}/${match[1]}.js`)
		.filter((id) => messageIds.has(id));
	return [...imported.filter((id) => !PARAGLIDE_INDEX.test(id)), ...new Set(used)];
}

/**
 * Cuts the browser's code by kind of page (see src/build/client-chunks.ts). `sidecars` are the
 * chunks' Ukrainian texts (see src/build/locale-split.ts), listed in the manifest with them.
 */
function clientChunks(sidecars: ReadonlyMap<string, string>): Plugin {
	let names = new Map<string, string>();
	let client = false;
	return {
		name: 'talks-atlas:client-chunks',
		apply: 'build',
		config(config) {
			// The server's code is not downloaded: leave its chunks as they are.
			if (config.build?.ssr) return;
			client = true;
			return {
				build: {
					rolldownOptions: {
						// Required by the bundler with the option below: an entry may export more than
						// its own names (a page's node may carry a module its kind's chunk shares).
						preserveEntrySignatures: 'allow-extension',
						output: {
							codeSplitting: {
								// Each module's chunk is named from the whole graph, and its imports are in
								// chunks of their own; pulling them into the importer's would undo that.
								includeDependenciesRecursively: false,
								groups: [
									{
										// Every module a page loads has its chunk here: one left to the bundler
										// could land in a page's own file while a chunk that file imports needs
										// it first (a circle: zod's schemas then ran before zod).
										name: (id: string) => names.get(id) ?? null,
										debugName: 'page-kind'
									}
								]
							}
						}
					}
				}
			};
		},
		// SvelteKit reads the manifest once this build is written (see flattenForKit).
		writeBundle(options) {
			if (!client || !options.dir) return;
			const file = join(options.dir, '.vite', 'manifest.json');
			const manifest = JSON.parse(readFileSync(file, 'utf8'));
			writeFileSync(file, JSON.stringify(flattenForKit(withSidecars(manifest, sidecars)), null, 2));
		},
		buildEnd() {
			const ids = [...this.getModuleIds()];
			const messageIds = new Set(ids.filter((id) => PARAGLIDE_MESSAGE.test(id)));
			names = chunkNames(
				{
					entries: ids.filter((id) => this.getModuleInfo(id)?.isEntry),
					imports: (id) => {
						const info = this.getModuleInfo(id);
						return usedImports(info?.importedIds ?? [], info?.code ?? '', messageIds);
					}
				},
				{
					atlas: (id) => id.endsWith('/src/lib/components/AtlasApp.svelte'),
					embed: (id) => id.endsWith('/src/routes/embed/+page.svelte'),
					page: (id) => /\/src\/routes\/.*\+page\.svelte$/.test(id)
				}
			);
		}
	};
}

const sidecars = new Map<string, string>();

export default defineConfig({
	plugins: [
		// UI messages (src/lib/i18n/messages) compiled to typed functions.
		paraglideVitePlugin(PARAGLIDE_OPTIONS),
		sveltekit(),
		clientChunks(sidecars),
		// The Ukrainian text out of the code English pages load (src/build/locale-split.ts).
		localeSplit(sidecars)
	],
	define: { __DATA_VERSION__: JSON.stringify(dataVersion()) },
	test: {
		include: ['src/**/*.test.ts', 'geodata/**/*.test.ts'],
		environment: 'node',
		// The content as written, as the build loads it (see src/lib/content/load.ts).
		setupFiles: ['src/lib/content/data/setup-tests.ts'],
		expect: { requireAssertions: true }
	}
});
