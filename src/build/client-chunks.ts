/**
 * How the browser's code is cut into files. Left to itself, the bundler makes one chunk for every
 * distinct set of entries that shares a module; with a dozen routes and five code-split pieces
 * (the map, the content's bundled copy, the treaty panel, the share dialog, the handout) that was
 * 34 files on `/`, most under 1 KB, and gzip cannot share a dictionary across files: the same
 * code cost 72 KB as 34 files and 66 KB as one. Here the entries are coarsened into kinds of page
 * (every page, the atlas, the embed, the text pages), and a module goes into the chunk of the
 * kinds that load it, so `/` loads about ten files. Nothing loads that a page of its kind does not
 * need, and a text page never loads the map's code.
 */

/** A page kind, as the chunk names spell them. */
export type PageKind = 'shell' | 'atlas' | 'embed' | 'text';

export interface ModuleGraph {
	/** The entries the bundler starts from (the app, the router, one per route's node). */
	entries: readonly string[];
	/** A module's static imports (dynamic imports start code-split pieces and are not followed). */
	imports: (id: string) => readonly string[];
}

export interface KindTests {
	atlas: (id: string) => boolean;
	embed: (id: string) => boolean;
	/** A route's own page or layout: an entry that reaches none is part of every page. */
	page: (id: string) => boolean;
}

function staticClosure(entry: string, imports: ModuleGraph['imports']): Set<string> {
	const seen = new Set<string>([entry]);
	const queue = [entry];
	for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
		for (const next of imports(id)) {
			if (!seen.has(next)) {
				seen.add(next);
				queue.push(next);
			}
		}
	}
	return seen;
}

function kindOf(closure: Set<string>, tests: KindTests): PageKind {
	const has = (test: (id: string) => boolean) => [...closure].some(test);
	if (has(tests.atlas)) return 'atlas';
	if (has(tests.embed)) return 'embed';
	if (has(tests.page)) return 'text';
	return 'shell';
}

/**
 * The chunk each statically loaded module belongs to: `shell` if every page loads it, otherwise
 * the kinds of page that load it joined by `+` (for example `atlas+embed`). Modules that only
 * code-split pieces load are left out, for the bundler to place.
 *
 * A module's imports are loaded by every page that loads the module, so they belong to the same
 * kinds or more: chunks import only chunks of a superset of kinds, and never each other in a
 * circle.
 */
export function chunkNames(graph: ModuleGraph, tests: KindTests): Map<string, string> {
	const kinds = new Map<string, Set<PageKind>>();
	for (const entry of graph.entries) {
		const closure = staticClosure(entry, graph.imports);
		const kind = kindOf(closure, tests);
		for (const id of closure) {
			const set = kinds.get(id) ?? new Set<PageKind>();
			set.add(kind);
			kinds.set(id, set);
		}
	}
	const order: PageKind[] = ['atlas', 'embed', 'text'];
	const names = new Map<string, string>();
	for (const [id, set] of kinds) {
		if (set.has('shell')) names.set(id, 'shell');
		// What only text pages load stays split by route: each loads its own, not the others'.
		else if (set.has('atlas') || set.has('embed'))
			names.set(id, order.filter((kind) => set.has(kind)).join('+'));
	}
	return names;
}

/** An entry of Vite's build manifest (`.vite/manifest.json`): the fields read here. */
export interface ManifestChunk {
	file: string;
	isEntry?: boolean;
	isDynamicEntry?: boolean;
	imports?: string[];
	dynamicImports?: string[];
	css?: string[];
	[key: string]: unknown;
}

/**
 * The client manifest as SvelteKit reads it correctly. SvelteKit finds what a page needs
 * (modulepreload links, stylesheets in the prerendered HTML) by a depth-first walk from the
 * page's node entry that follows a chunk's dynamic imports right after its static ones, marking
 * what it sees; a chunk that a lazy piece imports, met there first, is then never counted as the
 * page's own. With chunks shared by kind of page, the shell's dynamic imports (every route's node,
 * the treaty panel) reach the atlas's other chunks that way, and their stylesheets were left out
 * of the HTML (the layout shifted when the code added them).
 *
 * So each entry lists its whole static closure as its imports, and the dynamic imports of that
 * closure as its own; static chunks keep no dynamic imports. The walk then counts every static
 * chunk first, and still finds the lazy pieces' stylesheets one dynamic import away, as before.
 */
export function flattenForKit(
	manifest: Record<string, ManifestChunk>
): Record<string, ManifestChunk> {
	const closure = (key: string) => {
		const seen = new Set<string>();
		const stack = [...(manifest[key].imports ?? [])];
		for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
			if (seen.has(next) || !manifest[next]) continue;
			seen.add(next);
			stack.push(...(manifest[next].imports ?? []));
		}
		return [...seen];
	};
	const statics = new Set<string>();
	const out: Record<string, ManifestChunk> = {};
	for (const [key, chunk] of Object.entries(manifest)) {
		out[key] = { ...chunk };
		if (!chunk.isEntry) continue;
		const imports = closure(key);
		imports.forEach((k) => statics.add(k));
		const dynamic = new Set<string>();
		for (const k of [key, ...imports])
			for (const d of manifest[k].dynamicImports ?? []) dynamic.add(d);
		out[key].imports = imports;
		if (dynamic.size > 0) out[key].dynamicImports = [...dynamic];
	}
	for (const key of statics) {
		if (!manifest[key].isEntry && !manifest[key].isDynamicEntry) delete out[key].dynamicImports;
	}
	return out;
}
