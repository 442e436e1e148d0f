import { describe, expect, it } from 'vitest';
import {
	documentForDate,
	NO_TREATY,
	parseLayerList,
	sameView,
	showsRussianAdditions,
	toggleLayer,
	TREATY_LAYERS,
	treatyFromUrl,
	treatyToUrl,
	viewAfterMilestoneChange,
	type LayeredMilestone
} from './layers';
import { inUkrainian } from '../i18n/in-ukrainian';

const communique: LayeredMilestone = {
	id: 'istanbul-communique',
	layers: ['guarantors', 'crimea'],
	document: 'communique'
};
const draft: LayeredMilestone = {
	id: 'draft-15-april',
	layers: ['guarantors', 'forces'],
	document: 'draft-15-april'
};
const battle: LayeredMilestone = { id: 'mariupol' };

describe('parseLayerList', () => {
	it('keeps known layers in menu order, once, and lists the unknown', () => {
		expect(parseLayerList(' forces,guarantors,forces,,bases,bases')).toEqual({
			layers: ['guarantors', 'forces'],
			unknown: ['bases']
		});
		expect(parseLayerList('')).toEqual({ layers: [], unknown: [] });
	});
});

describe('documentForDate', () => {
	it('is the latest document on or before the day', () => {
		expect(documentForDate('2022-03-01')).toBe('communique');
		expect(documentForDate('2022-04-14')).toBe('communique');
		expect(documentForDate('2022-04-15')).toBe('draft-15-april');
		expect(documentForDate('2024-01-01')).toBe('draft-15-april');
	});
});

describe('viewAfterMilestoneChange', () => {
	it('opens what a document milestone needs', () => {
		expect(viewAfterMilestoneChange(NO_TREATY, battle, draft)).toEqual({
			layers: ['guarantors', 'forces'],
			document: 'draft-15-april'
		});
	});

	it('closes it again on a milestone that needs none', () => {
		const opened = viewAfterMilestoneChange(NO_TREATY, null, communique);
		expect(viewAfterMilestoneChange(opened, communique, battle)).toEqual(NO_TREATY);
	});

	it('leaves layers the reader chose', () => {
		const chosen = toggleLayer(
			viewAfterMilestoneChange(NO_TREATY, null, communique),
			'forces',
			true,
			'2022-03-29'
		);
		expect(viewAfterMilestoneChange(chosen, communique, battle)).toBe(chosen);
		const own = toggleLayer(NO_TREATY, 'crimea', true, '2022-05-01');
		expect(viewAfterMilestoneChange(own, null, battle)).toBe(own);
	});
});

describe('toggleLayer', () => {
	it('opens the guarantor layer on the document of the day', () => {
		expect(toggleLayer(NO_TREATY, 'guarantors', true, '2022-04-20')).toEqual({
			layers: ['guarantors'],
			document: 'draft-15-april'
		});
		const both = toggleLayer(
			{ layers: ['crimea'], document: 'communique' },
			'guarantors',
			true,
			'2022-03-01'
		);
		expect(both).toEqual({ layers: ['guarantors', 'crimea'], document: 'communique' });
		expect(toggleLayer(both, 'crimea', false, '2022-03-01').layers).toEqual(['guarantors']);
	});
});

describe('treaty views in the URL', () => {
	it('writes nothing while the view is what the milestone opens', () => {
		const view = treatyFromUrl(null, null, draft, '2022-04-15');
		expect(view).toEqual({ layers: ['guarantors', 'forces'], document: 'draft-15-april' });
		expect(treatyToUrl(view, draft)).toEqual({ layers: null, document: null });
		expect(treatyToUrl(NO_TREATY, battle)).toEqual({ layers: null, document: null });
	});

	it('writes the layers (even none) when the reader changed them', () => {
		expect(treatyToUrl(NO_TREATY, draft)).toEqual({ layers: [], document: null });
		expect(treatyFromUrl([], null, draft, '2022-04-15').layers).toEqual([]);
		const other = { layers: ['guarantors' as const], document: 'communique' as const };
		expect(treatyToUrl(other, draft)).toEqual({ layers: ['guarantors'], document: 'communique' });
		expect(treatyFromUrl(['guarantors'], 'communique', draft, '2022-04-15')).toEqual(other);
	});

	it('without a document, takes the milestone’s, or the latest by the date', () => {
		expect(treatyFromUrl(['guarantors'], null, draft, '2022-04-15').document).toBe(
			'draft-15-april'
		);
		expect(treatyFromUrl(['guarantors'], null, battle, '2022-04-01').document).toBe('communique');
		expect(treatyFromUrl(['guarantors'], null, null, '2022-05-01').document).toBe('draft-15-april');
	});

	it('lets a URL pick the document of a milestone’s view', () => {
		expect(treatyFromUrl(null, 'communique', draft, '2022-04-15')).toEqual({
			layers: ['guarantors', 'forces'],
			document: 'communique'
		});
	});

	it('ignores the document while the guarantor layer is off', () => {
		expect(
			sameView(
				{ layers: ['crimea'], document: 'communique' },
				{ layers: ['crimea'], document: 'draft-15-april' }
			)
		).toBe(true);
	});
});

describe('showsRussianAdditions', () => {
	it('goes with the 15 April draft: its guarantor list or its force caps', () => {
		expect(showsRussianAdditions({ layers: ['guarantors'], document: 'draft-15-april' })).toBe(
			true
		);
		expect(showsRussianAdditions({ layers: ['forces'], document: 'communique' })).toBe(true);
		expect(
			showsRussianAdditions({ layers: ['guarantors', 'crimea'], document: 'communique' })
		).toBe(false);
		expect(showsRussianAdditions({ layers: ['crimea'], document: 'draft-15-april' })).toBe(false);
	});
});

describe('the layer menu’s words', () => {
	it('are read in the page’s language each time they are shown', () => {
		expect(TREATY_LAYERS.map((layer) => layer.label)).toEqual([
			'Guarantor states',
			'Crimea and excluded areas',
			'Neutrality and force caps'
		]);
		expect(inUkrainian(() => TREATY_LAYERS.map((layer) => layer.label))).toEqual([
			'Держави-гаранти',
			'Крим і виключені райони',
			'Нейтралітет і обмеження збройних сил'
		]);
		expect(inUkrainian(() => TREATY_LAYERS[0].hint)).toBe('Хто гарантував би безпеку України');
	});
});
