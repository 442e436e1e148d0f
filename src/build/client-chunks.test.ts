import { describe, expect, it } from 'vitest';
import { chunkNames, type ModuleGraph } from './client-chunks';

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
