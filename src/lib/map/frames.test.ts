import { describe, expect, it } from 'vitest';
import { VENUES_BY_ID } from '../content/venues';
import { FAR_PAD_DEGREES, venueBounds } from './frames';

describe('venueBounds', () => {
	const bounds = (...ids: string[]) =>
		venueBounds(ids.map((id) => VENUES_BY_ID.get(id)!)) as [[number, number], [number, number]];

	it('shows a venue in the region with its surroundings', () => {
		const [[w], [e]] = bounds('istanbul-dolmabahce');
		expect(e - w).toBeCloseTo(2.4);
	});

	it('shows a far venue with its country and neighbours around it', () => {
		const [[w, s], [e, n]] = bounds('jber-anchorage');
		expect(e - w).toBeCloseTo(2 * FAR_PAD_DEGREES);
		expect(w).toBeLessThan(-149.8);
		expect(n).toBeGreaterThan(61.25);
		expect(s).toBeLessThan(61.25);
	});

	it('is null without venues', () => {
		expect(venueBounds([])).toBeNull();
	});
});
