import { describe, expect, it, vi } from 'vitest';
import { getLocale, overwriteGetLocale } from '../paraglide/runtime';
import { countStates, mapState, readinessText, settleMaps, type MapImage } from './readiness';

function image(state: 'ready' | 'failed' | 'loading'): MapImage {
	return {
		complete: state !== 'loading',
		naturalWidth: state === 'ready' ? 1000 : 0,
		decode: () =>
			state === 'ready'
				? Promise.resolve()
				: state === 'failed'
					? Promise.reject(new Error('broken'))
					: new Promise(() => {})
	};
}

describe('handout map readiness', () => {
	it('tells a loaded map from one still loading and one that failed', () => {
		expect(mapState(image('ready'))).toBe('ready');
		expect(mapState(image('loading'))).toBe('loading');
		expect(mapState(image('failed'))).toBe('failed');
	});

	it('says what will print', () => {
		expect(readinessText(countStates(['ready', 'ready']))).toBe('All 2 maps are ready to print.');
		expect(readinessText(countStates(['ready', 'loading', 'loading']))).toBe(
			'Loading maps: 1 of 3 ready…'
		);
		expect(readinessText(countStates(['ready', 'failed']))).toMatch(
			/^1 of 2 maps could not be loaded and will print as a placeholder/
		);
	});

	it('waits for every map, failures included', async () => {
		const result = await settleMaps([image('ready'), image('failed')], 10_000);
		expect(result).toEqual({ ready: 1, failed: 1, loading: 0 });
	});

	it('stops waiting for a stalled map after the timeout', async () => {
		vi.useFakeTimers();
		const pending = settleMaps([image('ready'), image('loading')], 5000);
		await vi.advanceTimersByTimeAsync(5000);
		await expect(pending).resolves.toEqual({ ready: 1, failed: 0, loading: 1 });
		vi.useRealTimers();
	});
});

describe('handout map readiness in Ukrainian', () => {
	it('says what will print, the maps counted as Ukrainian counts them', () => {
		const restore = getLocale;
		overwriteGetLocale(() => 'uk');
		try {
			const ready = (n: number) => readinessText({ ready: n, failed: 0, loading: 0 });
			expect(ready(12)).toBe('Усі 12 карт готові до друку.');
			expect(ready(3)).toBe('Усі 3 карти готові до друку.');
			expect(readinessText({ ready: 1, failed: 0, loading: 2 })).toBe(
				'Завантаження карт: готово 1 з 3…'
			);
			expect(readinessText({ ready: 20, failed: 1, loading: 0 })).toMatch(
				/^1 з 21 карти не вдалося завантажити/
			);
			expect(readinessText({ ready: 11, failed: 1, loading: 0 })).toMatch(
				/^1 з 12 карт не вдалося завантажити/
			);
		} finally {
			overwriteGetLocale(restore);
		}
	});
});
