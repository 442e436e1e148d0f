import { describe, expect, it } from 'vitest';
import { chunkNames, flattenForKit, type ManifestChunk, type ModuleGraph } from './client-chunks';
// SvelteKit's own walk of the manifest, to show the problem and the remedy on it.
// @ts-expect-error: an internal module of SvelteKit's, without type declarations
import { find_deps } from '../../node_modules/@sveltejs/kit/src/exports/vite/build/utils.js';

const graphOf = (edges: Record<string, string[]>, entries: string[]): ModuleGraph => ({
	entries,
	imports: (id) => edges[id] ?? []
});

const tests = {
	atlas: (id: string) => id === 'AtlasApp',
	embed: (id: string) => id === 'embed/page',
	page: (id: string) => id.endsWith('/page')
};

describe('chunkNames', () => {
	// app and layout are on every page; two atlas routes, the embed, two text pages.
	const graph = graphOf(
		{
			app: ['runtime', 'load'],
			layout: ['runtime', 'header'],
			'node-home': ['home/page'],
			'home/page': ['AtlasApp'],
			'node-milestone': ['milestone/page'],
			'milestone/page': ['AtlasApp'],
			AtlasApp: ['MapView', 'dates', 'panel'],
			'node-embed': ['embed/page'],
			'embed/page': ['MapView', 'bridge'],
			MapView: ['runtime', 'palette'],
			'node-story': ['story/page'],
			'story/page': ['dates', 'cite'],
			'node-about': ['about/page'],
			'about/page': ['header'],
			// Loaded by import() from the panel: a code-split piece, not an entry.
			TreatyPanel: ['treaty-chart', 'dates']
		},
		['app', 'layout', 'node-home', 'node-milestone', 'node-embed', 'node-story', 'node-about']
	);
	const names = chunkNames(graph, tests);

	it('puts what every page loads in the shell', () => {
		expect(names.get('runtime')).toBe('shell');
		expect(names.get('load')).toBe('shell');
		expect(names.get('header')).toBe('shell');
	});

	it('names the kinds of page that load a module', () => {
		expect(names.get('panel')).toBe('atlas');
		expect(names.get('AtlasApp')).toBe('atlas');
		expect(names.get('MapView')).toBe('atlas+embed');
		expect(names.get('palette')).toBe('atlas+embed');
		expect(names.get('bridge')).toBe('embed');
		expect(names.get('dates')).toBe('atlas+text');
		// What only text pages load is left to the bundler, split by route.
		expect(names.has('cite')).toBe(false);
		expect(names.has('story/page')).toBe(false);
	});

	it('keeps the map out of every chunk a text page loads', () => {
		const textChunks = new Set([names.get('story/page'), names.get('about/page'), 'shell']);
		expect(textChunks.has(names.get('MapView'))).toBe(false);
	});

	it('follows only static imports, and terminates on cycles', () => {
		const cyclic = graphOf({ app: ['a'], a: ['b'], b: ['a'] }, ['app']);
		const cyclicNames = chunkNames(cyclic, tests);
		expect([...cyclicNames.entries()]).toEqual([
			['app', 'shell'],
			['a', 'shell'],
			['b', 'shell']
		]);
		// A module only a code-split piece imports is not named: the bundler places it.
		expect(names.has('TreatyPanel')).toBe(false);
		expect(names.has('treaty-chart')).toBe(false);
		expect(names.get('dates')).toBe('atlas+text');
	});

	it('gives every module a chunk whose kinds include those of its importers', () => {
		const kindsOf = (name: string) => (name === 'shell' ? null : new Set(name.split('+')));
		for (const [id, name] of names) {
			for (const dep of graph.imports(id)) {
				const mine = kindsOf(name);
				const theirs = kindsOf(names.get(dep)!);
				if (theirs === null) continue;
				expect(mine, `${id} → ${dep}`).not.toBeNull();
				for (const kind of mine!) expect(theirs.has(kind), `${id} → ${dep}`).toBe(true);
			}
		}
	});
});

describe('flattenForKit', () => {
	// The shape that broke: the atlas's chunk imports the shell first, whose dynamic import (the
	// treaty panel) statically needs a chunk the atlas also imports.
	const manifest: Record<string, ManifestChunk> = {
		'nodes/2.js': { file: 'nodes/2.js', isEntry: true, imports: ['_atlas.js'] },
		'_atlas.js': { file: 'atlas.js', imports: ['_shell.js', '_text.js'], css: ['atlas.css'] },
		'_shell.js': { file: 'shell.js', dynamicImports: ['Treaty.svelte'], css: ['shell.css'] },
		'Treaty.svelte': {
			file: 'treaty.js',
			isDynamicEntry: true,
			imports: ['_text.js'],
			css: ['treaty.css']
		},
		'_text.js': { file: 'text.js', css: ['text.css'] }
	};

	it('lets SvelteKit count every chunk a page loads, and its stylesheets, as the page’s', () => {
		const before = find_deps(manifest, 'nodes/2.js', true);
		// SvelteKit's walk, as it is: the text chunk is missed, its stylesheet filed under the panel.
		expect(before.imports).not.toContain('text.js');
		expect(before.stylesheet_map.get('nodes/2.js')?.css.has('text.css')).toBe(false);

		const after = find_deps(flattenForKit(manifest), 'nodes/2.js', true);
		expect(after.imports.sort()).toEqual(['atlas.js', 'nodes/2.js', 'shell.js', 'text.js']);
		expect([...after.stylesheet_map.get('nodes/2.js')!.css].sort()).toEqual([
			'atlas.css',
			'shell.css',
			'text.css'
		]);
		// The lazy panel's own stylesheet is still found, under its own name (for pages that
		// prerender it).
		expect([...after.stylesheet_map.get('Treaty.svelte')!.css]).toContain('treaty.css');
	});

	it('changes nothing else: files, stylesheets and the lazy pieces’ own imports', () => {
		const flat = flattenForKit(manifest);
		expect(Object.keys(flat)).toEqual(Object.keys(manifest));
		expect(flat['Treaty.svelte']).toEqual(manifest['Treaty.svelte']);
		expect(flat['_shell.js'].dynamicImports).toBeUndefined();
		expect(flat['nodes/2.js'].dynamicImports).toEqual(['Treaty.svelte']);
		expect(manifest['_shell.js'].dynamicImports).toEqual(['Treaty.svelte']);
	});
});
