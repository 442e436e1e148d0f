import { describe, expect, it } from 'vitest';
import { TREATY_DOCUMENTS } from './content/treaty';
import { TREATY_LAYERS } from './treaty/layers';
import { TREATY_DOCUMENT_IDS, TREATY_LAYER_IDS } from './vocabulary';

describe('the shared vocabulary', () => {
	it('names exactly the treaty documents the content describes, in the same order', () => {
		expect(TREATY_DOCUMENTS.map((d) => d.id)).toEqual([...TREATY_DOCUMENT_IDS]);
	});

	it('names exactly the treaty layers the menu lists, in menu order', () => {
		expect(TREATY_LAYERS.map((l) => l.id)).toEqual([...TREATY_LAYER_IDS]);
	});
});
