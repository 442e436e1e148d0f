/**
 * The Ukrainian text of the UI messages, loaded only by Ukrainian pages (the build splits it out
 * of the code: see src/build/locale-split.ts). Each chunk with split messages hands its address
 * to `loadSplitTexts` when it runs, and on a Ukrainian page that fetches the chunk's sidecar
 * (the page's HTML preloads them). The code SvelteKit starts with runs before its `init` hook,
 * which waits for those sidecars (`splitTextsReady`, in hooks.client.ts); the pages' and the lazy
 * pieces' chunks run after it, and each waits for its own before the code importing it runs.
 */
import * as registry from '$lib/paraglide/registry.js';
import { getLocale } from '$lib/paraglide/runtime';
import { SPLIT_LOCALE, SPLIT_TEXTS_HOOK, sidecarFile } from '../../build/locale-split';

type Text = (inputs: unknown) => string;
export interface Sidecar {
	default: (helpers: typeof registry) => Record<number, Text>;
}
type Fetch = (url: string) => Promise<Sidecar>;

const texts = new Map<number, Text>();
const pending: Promise<void>[] = [];
const reported = new Set<number>();
let started = false;

/**
 * A message in the page's language (or the one `options` asks for): `base` gives the English, the
 * sidecars the Ukrainian by the message's key (see messageKeys in locale-split.ts). A Ukrainian
 * text not loaded is a bug: the console says so once per message, and English is shown (never an
 * empty label).
 */
export function splitText<Inputs>(
	key: number,
	inputs: Inputs,
	options: { locale?: string },
	base: (inputs: Inputs) => string
): string {
	if ((options.locale ?? getLocale()) === SPLIT_LOCALE) {
		const text = texts.get(key);
		if (text) return text(inputs);
		if (!reported.has(key)) {
			reported.add(key);
			console.error(`The ${SPLIT_LOCALE} text of message ${key} is not loaded.`);
		}
	}
	return base(inputs);
}

/**
 * Called by a chunk with split messages, with its own address. Before `init` the fetch is left
 * running (`splitTextsReady` waits for it); after, the chunk waits for it.
 */
export function loadSplitTexts(
	chunkUrl: string,
	fetch: Fetch = (url) => import(/* @vite-ignore */ url)
): Promise<void> | undefined {
	if (getLocale() !== SPLIT_LOCALE) return undefined;
	const loaded = fetch(sidecarFile(chunkUrl)).then((sidecar) => {
		for (const [key, text] of Object.entries(sidecar.default(registry))) texts.set(+key, text);
	});
	if (started) return loaded;
	pending.push(loaded);
	return undefined;
}

/** Resolves when the texts of the chunks run so far are in; from then on chunks wait for theirs. */
export async function splitTextsReady(): Promise<void> {
	started = true;
	await Promise.all(pending.splice(0));
}

(globalThis as Record<symbol, unknown>)[Symbol.for(SPLIT_TEXTS_HOOK)] = loadSplitTexts;
