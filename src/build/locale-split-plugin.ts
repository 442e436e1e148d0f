import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { minifySync, type Plugin } from 'vite';
import {
	callsWithOptions,
	sidecarFile,
	sidecarHook,
	messageKeys,
	PARAGLIDE_MESSAGE,
	sidecarSource,
	splitMessage
} from './locale-split.ts';

/** The messages as written, in the base language (one file per part of the UI). */
const MESSAGES_DIR = 'src/lib/i18n/messages';
/** The module that keeps the split texts in the browser. */
const LOADER = '$lib/i18n/split-texts';

/** The messages called with options anywhere in `dir` (see callsWithOptions). */
function keptWhole(dir: string): Set<string> {
	const ids = new Set<string>();
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile() || !/\.(ts|js|svelte)$/.test(entry.name) || entry.name.includes('.test.'))
			continue;
		const path = join(entry.parentPath, entry.name);
		if (path.includes('/paraglide/')) continue;
		callsWithOptions(readFileSync(path, 'utf8')).forEach((id) => ids.add(id));
	}
	return ids;
}

/**
 * Splits the Ukrainian text out of the browser's code (see locale-split.ts). `sidecars` maps each
 * chunk's file to its sidecar's, filled when the bundle is generated, for the manifest.
 */
export function localeSplit(sidecars: Map<string, string>): Plugin {
	let client = false;
	let whole = new Set<string>();
	let keys: Map<string, number> | null = null;
	/** Each split message module's Ukrainian function, by module id. */
	const texts = new Map<string, { key: number; text: string }>();
	const textsOf = (moduleIds: readonly string[]) => moduleIds.flatMap((id) => texts.get(id) ?? []);
	/** A chunk's sidecar as written, by the chunk's modules; null for a chunk without split text. */
	const written = new Map<string, string | null>();
	const sidecarOf = (moduleIds: readonly string[]): string | null => {
		// In the order of the keys: the same bytes whatever order the bundler lists the modules in.
		const own = textsOf(moduleIds).sort((a, b) => a.key - b.key);
		const id = own.map(({ key }) => key).join(',');
		if (!written.has(id)) {
			const source = sidecarSource(new Map(own.map(({ key, text }) => [key, text])));
			const minified = own.length > 0 ? minifySync('sidecar.js', source) : null;
			if (minified && minified.errors.length > 0)
				throw new Error(`A sidecar does not compile: ${minified.errors[0].message}`);
			written.set(id, minified?.code ?? null);
		}
		return written.get(id) ?? null;
	};
	return {
		name: 'talks-atlas:locale-split',
		apply: 'build',
		config(config) {
			client = !config.build?.ssr;
		},
		buildStart() {
			if (client) whole = keptWhole('src');
		},
		transform(code, moduleId) {
			const match = client ? PARAGLIDE_MESSAGE.exec(moduleId) : null;
			if (!match || whole.has(match[1])) return;
			keys ??= messageKeys(
				readdirSync(MESSAGES_DIR)
					.filter((file) => file.endsWith('.en.json'))
					.flatMap((file) => Object.keys(JSON.parse(readFileSync(join(MESSAGES_DIR, file), 'utf8'))))
					.filter((id) => !id.startsWith('$'))
			);
			const key = keys.get(match[1]);
			const split = key === undefined ? null : splitMessage(code, match[1], key, LOADER);
			if (key === undefined || !split) {
				this.warn(`${match[1]}: not in Paraglide's shape, left whole`);
				return;
			}
			texts.set(moduleId, { key, text: split.text });
			return { code: split.code, map: null };
		},
		// The sidecar is named after its chunk, so the chunk's name changes with the sidecar's
		// bytes (its Ukrainian text, which is no longer in the chunk's code, and how it is written).
		augmentChunkHash(chunk) {
			return sidecarOf(chunk.moduleIds) ?? undefined;
		},
		renderChunk(code, chunk) {
			if (sidecarOf(chunk.moduleIds) === null) return null;
			return { code: code + sidecarHook(), map: null };
		},
		generateBundle(_options, bundle) {
			for (const chunk of Object.values(bundle)) {
				const source = chunk.type === 'chunk' ? sidecarOf(chunk.moduleIds) : null;
				if (chunk.type !== 'chunk' || source === null) continue;
				const fileName = sidecarFile(chunk.fileName);
				this.emitFile({ type: 'asset', fileName, source });
				sidecars.set(chunk.fileName, fileName);
			}
		}
	};
}
