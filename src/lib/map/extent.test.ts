import { describe, expect, it } from 'vitest';
import { createMapExtent } from './extent';
import { CAMERA_BOUNDS, MIN_ZOOM, reachesBeyond, WORLD_BOUNDS, WORLD_MIN_ZOOM } from './view';

function fakeMap() {
	const state = { minZoom: 0, bounds: undefined as unknown, opacity: new Map<string, number>() };
	const map = {
		setMinZoom: (z: number) => void (state.minZoom = z),
		setMaxBounds: (b: unknown) => void (state.bounds = b),
		// The band is a fill, its edge a line and its ground a background, as in the style.
		getLayer: (id: string) => ({
			type: id.endsWith('-edge') ? 'line' : id.endsWith('-ground') ? 'background' : 'fill'
		}),
		setPaintProperty: (id: string, name: string, value: number) =>
			void state.opacity.set(`${id} ${name}`, value)
	};
	return { map: map as unknown as Parameters<typeof createMapExtent>[0], state };
}

describe('createMapExtent', () => {
	it('widens the camera to the world basemap, and the world view frees it', () => {
		const { map, state } = fakeMap();
		const extent = createMapExtent(map);
		extent.setWorldBasemap(true);
		expect(state.bounds).toEqual(WORLD_BOUNDS);
		expect(state.minZoom).toBe(MIN_ZOOM);
		// Hidden by a paint property: a layout one would lay out the basemap's tiles again.
		expect([...state.opacity]).toEqual([
			['outside-data-ground background-opacity', 0],
			['outside-data fill-layer-opacity', 0],
			['outside-data-edge line-layer-opacity', 0]
		]);
		extent.setWorldView(true);
		expect(state.bounds).toBeNull();
		expect(state.minZoom).toBe(WORLD_MIN_ZOOM);
		// Leaving the world view goes back to the world basemap's bounds, not the region's.
		extent.setWorldView(false);
		expect(state.bounds).toEqual(WORLD_BOUNDS);
		expect([...state.opacity.values()]).toEqual([0, 0, 0]);
	});

	it('keeps the region’s frame and bounds while there is no world basemap', () => {
		const { map, state } = fakeMap();
		const extent = createMapExtent(map);
		extent.setWorldView(true);
		extent.setWorldView(false);
		expect(state.bounds).toEqual(CAMERA_BOUNDS);
		expect([...state.opacity.values()]).toEqual([1, 1, 1]);
	});
});

describe('a far venue', () => {
	it('widens the camera at once and keeps the region’s frame until the world arrives', () => {
		const { map, state } = fakeMap();
		const extent = createMapExtent(map);
		extent.reachFar();
		expect(state.bounds).toEqual(WORLD_BOUNDS);
		expect([...state.opacity.values()]).toEqual([1, 1, 1]);
		extent.setWorldBasemap(true);
		expect([...state.opacity.values()]).toEqual([0, 0, 0]);
		// Leaving the guarantor world view keeps the far reach.
		extent.setWorldView(true);
		extent.setWorldView(false);
		expect(state.bounds).toEqual(WORLD_BOUNDS);
	});
});

describe('reachesBeyond', () => {
	const box: [[number, number], [number, number]] = [
		[20, 34],
		[45, 58]
	];
	it('is false for a view inside the box, true for one past any of its sides', () => {
		expect(
			reachesBeyond(
				[
					[21, 35],
					[44, 57]
				],
				box
			)
		).toBe(false);
		expect(
			reachesBeyond(
				[
					[19, 35],
					[44, 57]
				],
				box
			)
		).toBe(true);
		expect(
			reachesBeyond(
				[
					[21, 33],
					[44, 57]
				],
				box
			)
		).toBe(true);
		expect(
			reachesBeyond(
				[
					[21, 35],
					[46, 57]
				],
				box
			)
		).toBe(true);
		expect(
			reachesBeyond(
				[
					[21, 35],
					[44, 59]
				],
				box
			)
		).toBe(true);
	});
});
