import { describe, expect, it } from 'vitest';
import { groupByWork } from './cite';

describe('groupByWork', () => {
	it('lists each work once, in order of first mention, with all its quotes and notes', () => {
		const groups = groupByWork([
			{ work: 'fa-2024', quote: 'first' },
			{ work: 'belta-2022-02-28' },
			{ work: 'fa-2024', quote: 'second', note: 'why' },
			{ work: 'fa-2024', note: 'alone' }
		]);
		expect(groups.map((g) => g.work)).toEqual(['fa-2024', 'belta-2022-02-28']);
		expect(groups[0].entries).toEqual([
			{ quote: 'first', note: undefined },
			{ quote: 'second', note: 'why' },
			{ quote: undefined, note: 'alone' }
		]);
		expect(groups[0].publisher).toBe('Foreign Affairs');
	});

	it('shows a work’s own note only when no citation brings one', () => {
		const [fa] = groupByWork([{ work: 'fa-2024', quote: 'x y z' }]);
		expect(fa.workNote).toBe('The main source of this atlas.');
		const [withNote] = groupByWork([{ work: 'fa-2024', note: 'A note of its own.' }]);
		expect(withNote.workNote).toBeUndefined();
	});
});
