/**
 * The Ukrainian text of the UI messages, out of the code every page loads. Paraglide compiles each
 * message into a module with a function per language, so an English page downloaded the
 * Ukrainian text of every message it uses (about 6 KB gzip on `/`). In the browser's build each
 * message module keeps its English function and leaves the choice of language to `splitText`,
 * which has the Ukrainian one; the Ukrainian functions of the messages in a chunk are written
 * beside it, as `<chunk>.uk.js`, and only a Ukrainian page loads them (see
 * src/lib/i18n/split-texts.ts).
 *
 * Messages called with options (`{ locale: lang }`: the snippet generator writes an embed in
 * either language on either edition) stay whole.
 */

/** A compiled message's module (not the index that lists them all); the message's name is $1. */
export const PARAGLIDE_MESSAGE = /\/src\/lib\/paraglide\/messages\/(?!_index)(\w+)\.js$/;

/** The language whose text is split out; the base language stays in the code. */
export const SPLIT_LOCALE = 'uk';

/** How a chunk's code asks for its split text: see `loadSplitTexts` in split-texts.ts. */
export const SPLIT_TEXTS_HOOK = 'talks-atlas:split-texts';

export interface SplitMessage {
	/** The module without the split language's function, asking `splitText` for it instead. */
	code: string;
	/** The split language's function, as Paraglide wrote it (it may use `registry`). */
	text: string;
}

/**
 * One compiled message module split: `id` is the message's name (the module's file name), `key`
 * the number the split text is found by (see messageKeys), and `loader` the module that exports
 * `splitText`. Null when the module is not in the shape Paraglide writes (then it stays whole:
 * the build goes on, English and Ukrainian inline).
 */
export function splitMessage(
	code: string,
	id: string,
	key: number,
	loader: string
): SplitMessage | null {
	const head = `const ${SPLIT_LOCALE}_${id} = `;
	const start = code.indexOf(head);
	const end = start < 0 ? -1 : code.indexOf('\n};\n', start);
	// The body of the exported function: the language chosen, then that language's function.
	const body = [
		'\tconst locale = experimentalStaticLocale ?? options.locale ?? getLocale()',
		`\tif (locale === "${SPLIT_LOCALE}") return ${SPLIT_LOCALE}_${id}(inputs)`,
		`\treturn en_${id}(inputs)`
	].join('\n');
	if (end < 0 || code.split(body).length !== 2) return null;
	const text = code.slice(start + head.length, end + 2);
	const rest = code.slice(0, start) + code.slice(end + 4);
	return {
		code:
			`import { splitText } from ${JSON.stringify(loader)};\n` +
			rest.replace(body, `\treturn splitText(${key}, inputs, options, en_${id})`),
		text
	};
}

/**
 * Each message's key: its place among all the messages' names in order. A number, not the name,
 * is what every message's code carries (names cost about 1 KB gzip on `/`).
 */
export function messageKeys(ids: readonly string[]): Map<string, number> {
	return new Map([...ids].sort().map((id, key) => [id, key]));
}

/** A chunk's sidecar module: its messages' split functions by key, given Paraglide's registry. */
export function sidecarSource(texts: ReadonlyMap<number, string>): string {
	const entries = [...texts].map(([key, text]) => `${key}: ${text}`);
	return `export default (registry) => ({\n${entries.join(',\n')}\n});\n`;
}

/** Where a chunk's sidecar is: beside it, so that the chunk finds it from its own address. */
export function sidecarFile(chunkFile: string): string {
	return chunkFile.replace(/\.js$/, `.${SPLIT_LOCALE}.js`);
}

/**
 * A page's HTML with each of its chunks' sidecars preloaded beside the chunk (`exists` says which
 * chunks have one), for a page in the split language. Without it a chunk would ask for its
 * sidecar only when it runs, and each chunk runs after the ones it imports: one round trip each.
 */
export function withSidecarPreloads(html: string, exists: (file: string) => boolean): string {
	return html.replace(
		/<link href="([^"]+\.js)" rel="modulepreload">/g,
		(link, href: string) =>
			exists(sidecarFile(href))
				? `${link}\n\t\t<link href="${sidecarFile(href)}" rel="modulepreload">`
				: link
	);
}

/**
 * What a chunk with split messages runs last: it hands its address to the loader, which fetches
 * the sidecar on a Ukrainian page. Top-level await: the code that imports the chunk runs only once
 * its text is in, so a component never renders before its messages are complete. The loader's
 * chunk is a static import of this one and has run; if it has not, this throws rather than leave
 * the text English unseen.
 */
export function sidecarHook(): string {
	return `\nawait globalThis[Symbol.for(${JSON.stringify(SPLIT_TEXTS_HOOK)})](import.meta.url);\n`;
}

/**
 * The messages `source` calls with options (`m.x({...}, { locale: lang })`, or options in a
 * variable): a language of the caller's choosing must work on either edition, so they stay whole.
 * The arguments are read twice, once taking quotes and comments as text and once as code (a
 * regular expression with a quote in it would mislead the first): a message either reading finds
 * stays whole, which costs only bytes, where splitting it would show English to a call that asked
 * for Ukrainian.
 */
export function callsWithOptions(source: string): string[] {
	const ids = new Set<string>();
	for (const match of source.matchAll(/\bm\.([a-z]\w*)\(/g)) {
		const start = match.index + match[0].length;
		if (hasSecondArgument(source, start, true) || hasSecondArgument(source, start, false))
			ids.add(match[1]);
	}
	return [...ids];
}

/** Whether the call whose arguments begin at `start` has a second one. */
function hasSecondArgument(source: string, start: number, readText: boolean): boolean {
	let depth = 1;
	let comma = -1;
	let i = start;
	for (; i < source.length && depth > 0; i++) {
		const c = source[i];
		if (readText && (c === "'" || c === '"' || c === '`')) i = stringEnd(source, i);
		else if (readText && c === '/' && (source[i + 1] === '/' || source[i + 1] === '*'))
			i = commentEnd(source, i);
		else if (c === '(' || c === '{' || c === '[') depth++;
		else if (c === ')' || c === '}' || c === ']') depth--;
		else if (c === ',' && depth === 1 && comma < 0) comma = i;
	}
	// A comma before the closing parenthesis with nothing after it is a trailing one.
	return comma >= 0 && source.slice(comma + 1, i - 1).trim() !== '';
}

/**
 * The index of the quote that closes the string opened at `open` (a template's `${…}` is skipped
 * with it); a quoted string ends at its line's end at the latest.
 */
function stringEnd(source: string, open: number): number {
	const quote = source[open];
	let i = open + 1;
	while (i < source.length && source[i] !== quote && (quote === '`' || source[i] !== '\n'))
		i += source[i] === '\\' ? 2 : 1;
	return Math.min(i, source.length - 1);
}

/** The index of the last character of the comment opened at `open`. */
function commentEnd(source: string, open: number): number {
	const end =
		source[open + 1] === '/' ? source.indexOf('\n', open) : source.indexOf('*/', open + 2) + 1;
	return end <= 0 ? source.length - 1 : end;
}

/** A manifest entry as this step reads it (see client-chunks.ts for the whole). */
interface ManifestEntry {
	file: string;
	assets?: string[];
}

/**
 * The manifest with each chunk's sidecar listed as its asset: SvelteKit's service worker stores
 * what the manifest lists, so that the Ukrainian edition works offline too.
 */
export function withSidecars<T extends ManifestEntry>(
	manifest: Record<string, T>,
	sidecars: ReadonlyMap<string, string>
): Record<string, T> {
	const out: Record<string, T> = {};
	for (const [key, entry] of Object.entries(manifest)) {
		const sidecar = sidecars.get(entry.file);
		out[key] = sidecar ? { ...entry, assets: [...(entry.assets ?? []), sidecar] } : entry;
	}
	return out;
}
