import { afterEach, describe, expect, it } from 'vitest';
import { claimSheet, releaseSheet } from './sheet-group';

describe('one bottom sheet at a time', () => {
	const folded: string[] = [];
	const legend = () => folded.push('legend');
	const layers = () => folded.push('layers');
	afterEach(() => {
		releaseSheet(legend);
		releaseSheet(layers);
		folded.length = 0;
	});

	it('folds the open sheet when another opens', () => {
		claimSheet(legend);
		claimSheet(layers);
		expect(folded).toEqual(['legend']);
		claimSheet(legend);
		expect(folded).toEqual(['legend', 'layers']);
	});

	it('does not fold a sheet that opens again, nor one that has closed by itself', () => {
		claimSheet(legend);
		claimSheet(legend);
		releaseSheet(legend);
		claimSheet(layers);
		expect(folded).toEqual([]);
	});
});
