import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Sidecar } from './split-texts';

type Loader = typeof import('./split-texts');

/** The loader fresh (its texts and state are the page's), on a page in `locale`. */
async function loaderOn(locale: 'en' | 'uk'): Promise<Loader> {
	vi.resetModules();
	const runtime = await import('$lib/paraglide/runtime');
	runtime.overwriteGetLocale(() => locale);
	return import('./split-texts');
}

/** A sidecar module as the build writes one (its functions take the message's inputs). */
const sidecar = (texts: Record<number, (inputs: { n: number }) => string>): Sidecar => ({
	default: () => texts as Record<number, (inputs: unknown) => string>
});

const english = () => 'English';

describe('split texts', () => {
	let errors: ReturnType<typeof vi.spyOn>;
	beforeEach(() => {
		errors = vi.spyOn(console, 'error').mockImplementation(() => {});
	});
	afterEach(() => errors.mockRestore());

	it('an English page fetches none', async () => {
		const loader = await loaderOn('en');
		const fetch = vi.fn();
		expect(loader.loadSplitTexts('https://a.example/_app/chunks/X.js', fetch)).toBeUndefined();
		await loader.splitTextsReady();
		expect(fetch).not.toHaveBeenCalled();
	});

	it('a Ukrainian page fetches each early chunk’s sidecar at once, and starts once all are in', async () => {
		const loader = await loaderOn('uk');
		const fetched: string[] = [];
		let release = () => {};
		const gate = new Promise<void>((resolve) => (release = resolve));
		const fetch = async (url: string) => {
			fetched.push(url);
			await gate;
			return url.includes('/A.')
				? sidecar({ 3: (i: { n: number }) => `${i.n} дні` })
				: sidecar({ 9: () => 'Закрити' });
		};
		// Chunks that run before SvelteKit's init hook do not wait: the hook waits for them all.
		expect(loader.loadSplitTexts('https://a.example/c/A.js', fetch)).toBeUndefined();
		expect(loader.loadSplitTexts('https://a.example/c/B.js', fetch)).toBeUndefined();
		expect(fetched).toEqual(['https://a.example/c/A.uk.js', 'https://a.example/c/B.uk.js']);
		let ready = false;
		const readying = loader.splitTextsReady().then(() => (ready = true));
		await Promise.resolve();
		expect(ready).toBe(false);
		release();
		await readying;
		expect(loader.splitText(3, { n: 2 }, {}, english)).toBe('2 дні');
		expect(loader.splitText(9, {}, {}, english)).toBe('Закрити');
	});

	it('a chunk loaded after the page started waits for its own text', async () => {
		const loader = await loaderOn('uk');
		await loader.splitTextsReady();
		const waiting = loader.loadSplitTexts('https://a.example/c/Late.js', async () =>
			sidecar({ 12: () => 'Поділитися' })
		);
		expect(waiting).toBeInstanceOf(Promise);
		expect(loader.splitText(12, {}, {}, english)).toBe('English');
		await waiting;
		expect(loader.splitText(12, {}, {}, english)).toBe('Поділитися');
	});

	it('a text not loaded is shown in English, and said once in the console', async () => {
		const loader = await loaderOn('uk');
		expect(loader.splitText(5, {}, {}, english)).toBe('English');
		expect(loader.splitText(5, {}, {}, english)).toBe('English');
		expect(errors).toHaveBeenCalledTimes(1);
		expect(String(errors.mock.calls[0][0])).toContain('message 5');
	});

	it('a sidecar that fails to load fails the start, as a chunk that fails would', async () => {
		const loader = await loaderOn('uk');
		loader.loadSplitTexts('https://a.example/c/A.js', () => Promise.reject(new Error('offline')));
		await expect(loader.splitTextsReady()).rejects.toThrow('offline');
	});

	it('is what a chunk’s own code calls, by the name the build writes into it', async () => {
		const { SPLIT_TEXTS_HOOK } = await import('../../build/locale-split');
		const loader = await loaderOn('en');
		expect((globalThis as Record<symbol, unknown>)[Symbol.for(SPLIT_TEXTS_HOOK)]).toBe(
			loader.loadSplitTexts
		);
	});
});
