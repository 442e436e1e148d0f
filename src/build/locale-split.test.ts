import { compile } from '@inlang/paraglide-js';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
	callsWithOptions,
	messageKeys,
	sidecarFile,
	sidecarSource,
	splitMessage,
	withSidecarPreloads,
	withSidecars
} from './locale-split';
import { PARAGLIDE_OPTIONS } from '../lib/i18n/paraglide-options';

// A message module as Paraglide 2 writes it (comments shortened), with a plural in Ukrainian.
const MODULE = `/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

const en_days = /** @type {(inputs: DaysInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (\`\${i?.count} days\`)
};

const uk_days = /** @type {(inputs: DaysInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("uk", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (\`\${i?.count} день\`);
	return /** @type {LocalizedString} */ (\`\${i?.count} днів\`);
};

export const days = ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "uk") return uk_days(inputs)
	return en_days(inputs)
});
`;

/** Runs a module's code with its imports given (no bundler here); returns what it exports. */
function run(code: string, imports: Record<string, unknown>) {
	const body = code
		.replace(/^import .*$/gm, '')
		.replace(/^export (const \w+ =|default)/m, 'return');
	const names = Object.keys(imports);
	return new Function(...names, body)(...names.map((name) => imports[name]));
}

describe('splitMessage', () => {
	const split = splitMessage(MODULE, 'days', 7, '$lib/i18n/split-texts');

	it('takes the Ukrainian function out and asks the loader for it by key', () => {
		expect(split).not.toBeNull();
		expect(split!.code).not.toContain('день');
		expect(split!.code).not.toContain('uk_days');
		expect(split!.code).toContain('import { splitText } from "$lib/i18n/split-texts";');
		expect(split!.code).toContain('return splitText(7, inputs, options, en_days)');
		expect(split!.code).not.toContain('const locale =');
		expect(split!.text).toMatch(/^\/\*\* @type .*\(i\) => \{const countPlural/);
		expect(split!.text.endsWith('днів`);\n}')).toBe(true);
	});

	it('keeps English inline, and Ukrainian comes from the sidecar once it is loaded', async () => {
		vi.resetModules();
		const runtime = await import('$lib/paraglide/runtime');
		let locale = 'uk';
		runtime.overwriteGetLocale(() => locale as 'en' | 'uk');
		const loader = await import('../lib/i18n/split-texts');
		const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
		const days = run(split!.code, { splitText: loader.splitText });
		// Not loaded (a bug, said in the console): English rather than nothing.
		expect(days({ count: 5 })).toBe('5 days');
		expect(errors).toHaveBeenCalledOnce();
		errors.mockRestore();
		const sidecar = run(sidecarSource(new Map([[7, split!.text]])), {});
		loader.loadSplitTexts('/c/A.js', async () => ({ default: sidecar }));
		await loader.splitTextsReady();
		expect(days({ count: 1 })).toBe('1 день');
		expect(days({ count: 5 })).toBe('5 днів');
		expect(days({ count: 2 }, { locale: 'en' })).toBe('2 days');
		locale = 'en';
		expect(days({ count: 2 })).toBe('2 days');
		expect(days({ count: 2 }, { locale: 'uk' })).toBe('2 днів');
	});

	it('leaves a module of another shape alone', () => {
		expect(splitMessage(MODULE, 'weeks', 1, 'x')).toBeNull();
		expect(splitMessage(MODULE.replace('if (locale === "uk") ', ''), 'days', 1, 'x')).toBeNull();
		expect(splitMessage(MODULE.replace('experimentalStaticLocale ?? ', ''), 'days', 1, 'x')).toBeNull();
		expect(splitMessage(MODULE.replaceAll('\n};\n', '\n}\n'), 'days', 1, 'x')).toBeNull();
	});

	it('splits every message of this app as Paraglide compiles it for a build', async () => {
		// The build's form (one module per message); tests run Vite's dev form, one per language.
		const outdir = mkdtempSync(join(tmpdir(), 'paraglide-'));
		await compile({ ...PARAGLIDE_OPTIONS, outdir, outputStructure: 'message-modules' });
		const dir = join(outdir, 'messages');
		const ids = readdirSync(dir)
			.filter((file) => file.endsWith('.js') && file !== '_index.js')
			.map((file) => file.replace(/\.js$/, ''));
		expect(ids.length).toBeGreaterThan(500);
		const failed = ids.filter(
			(id) => !splitMessage(readFileSync(join(dir, `${id}.js`), 'utf8'), id, 0, 'x')
		);
		expect(failed).toEqual([]);
		rmSync(outdir, { recursive: true });
	}, 30_000);
});

describe('messageKeys', () => {
	it('numbers the names in order, whatever order they come in', () => {
		expect([...messageKeys(['b', 'c', 'a'])]).toEqual([
			['a', 0],
			['b', 1],
			['c', 2]
		]);
	});
});

describe('callsWithOptions', () => {
	it('finds the messages called with options, literal or not, and only those', () => {
		const source = `
			const a = m.site_title({}, { locale: lang });
			const b = m.pages_example_draft({ day: f(x, (y)), at: [1, 2] }, { locale });
			const o = { locale };
			const c = m.map_ui_zoom_in({}, o);
			const d = m.atlas_close();
			const e = localizeHref('/embed', { locale: lang }) + m.pages_embed({ n: g(1, 2) });
			const f = m.atlas_days({
				count: \`\${n}, \${k}\`,
			});
			const g = m.atlas_weeks(
				{ count: n },
			);`;
		expect(callsWithOptions(source).sort()).toEqual([
			'map_ui_zoom_in',
			'pages_example_draft',
			'site_title'
		]);
	});

	// In the next two a message may also be kept whole that has no options (one of the two
	// readings takes the text for code): that costs bytes; missing one would cost its language.
	it('finds the options after brackets, commas and quotes inside strings', () => {
		const source = `
			const a = m.atlas_close({ label: ')' }, { locale });
			const b = m.atlas_days({ count: "(, " });
			const c = m.atlas_weeks({ count: 'it\\'s (' }, o);
			const d = m.site_title({ t: \`a), \${x}\` });
			const e = m.pages_embed(')', options);`;
		expect(callsWithOptions(source)).toEqual(
			expect.arrayContaining(['atlas_close', 'atlas_weeks', 'pages_embed'])
		);
	});

	it('finds the options after a comment, or after a quote in a regular expression', () => {
		const source = `
			const a = m.atlas_close(
				// the reader's own (language)
				{ n }, o
			);
			const b = m.atlas_days({ s: s.replace(/'/g, '') }, o);
			const c = m.atlas_weeks({ n } /* not, options */);`;
		expect(callsWithOptions(source)).toEqual(expect.arrayContaining(['atlas_close', 'atlas_days']));
	});
});

describe('sidecars', () => {
	it('sit beside their chunk, and are listed as its assets in the manifest', () => {
		expect(sidecarFile('_app/immutable/chunks/Ab-1.js')).toBe('_app/immutable/chunks/Ab-1.uk.js');
		const manifest = {
			'a.ts': { file: 'chunks/A.js', assets: ['x.woff2'] },
			'b.ts': { file: 'chunks/B.js' },
			'c.ts': { file: 'chunks/C.js' }
		};
		const sidecars = new Map([
			['chunks/A.js', 'chunks/A.uk.js'],
			['chunks/C.js', 'chunks/C.uk.js']
		]);
		expect(withSidecars(manifest, sidecars)).toEqual({
			'a.ts': { file: 'chunks/A.js', assets: ['x.woff2', 'chunks/A.uk.js'] },
			'b.ts': { file: 'chunks/B.js' },
			'c.ts': { file: 'chunks/C.js', assets: ['chunks/C.uk.js'] }
		});
	});

	it('are preloaded by a page beside their chunks, where a chunk has one', () => {
		const html = `<head>
		<link href="/_app/immutable/entry/start.X.js" rel="modulepreload">
		<link href="/_app/immutable/chunks/A.js" rel="modulepreload">
		<link href="/_app/immutable/chunks/B.js" rel="modulepreload">
		<link href="/_app/immutable/assets/shell.css" rel="stylesheet">
</head>`;
		const out = withSidecarPreloads(html, (file) => file === '/_app/immutable/chunks/A.uk.js');
		expect([...out.matchAll(/<link href="([^"]+)" rel="modulepreload">/g)].map((m) => m[1])).toEqual([
			'/_app/immutable/entry/start.X.js',
			'/_app/immutable/chunks/A.js',
			'/_app/immutable/chunks/A.uk.js',
			'/_app/immutable/chunks/B.js'
		]);
		expect(out).toContain('shell.css');
	});
});
