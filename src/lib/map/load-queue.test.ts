import { describe, expect, it } from 'vitest';
import { createLoadQueue } from './load-queue';

describe('createLoadQueue', () => {
	it('holds writes until load, keeps the latest of each kind and runs `first` kinds first', () => {
		let fireLoad = () => {};
		const queue = createLoadQueue((run) => (fireLoad = run), ['treaty']);
		const log: string[] = [];
		queue('frontline', () => log.push('frontline 1'));
		queue('treaty', () => log.push('treaty'));
		queue('frontline', () => log.push('frontline 2'));
		expect(log).toEqual([]);
		fireLoad();
		expect(log).toEqual(['treaty', 'frontline 2']);
		queue('theme', () => log.push('theme'));
		expect(log).toEqual(['treaty', 'frontline 2', 'theme']);
	});
});
