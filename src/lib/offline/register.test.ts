import { describe, expect, it } from 'vitest';
import { registerServiceWorker } from './register';

describe('registerServiceWorker', () => {
	it('does not throw where reading navigator.serviceWorker throws (a sandboxed frame)', () => {
		const sandboxed = Object.defineProperty({}, 'serviceWorker', {
			enumerable: true,
			get() {
				throw new DOMException(
					'Service worker is disabled because the context is sandboxed',
					'SecurityError'
				);
			}
		}) as Navigator;
		expect(() => registerServiceWorker(sandboxed, '/service-worker.js')).not.toThrow();
	});

	it('registers the worker, and swallows a refused registration', async () => {
		const registered: string[] = [];
		const nav = {
			serviceWorker: {
				register: async (url: string) => {
					registered.push(url);
					throw new Error('blocked');
				}
			}
		} as unknown as Navigator;
		registerServiceWorker(nav, '/service-worker.js');
		await Promise.resolve();
		expect(registered).toEqual(['/service-worker.js']);
	});

	it('does nothing without service workers', () => {
		expect(() => registerServiceWorker({} as Navigator, '/service-worker.js')).not.toThrow();
	});
});
