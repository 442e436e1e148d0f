import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HOLD_LIMIT_MS, holdFramesUntilFirstTile, type HoldableMap } from './hold-frames';

/** MapLibre's renderer keeps `render` on its prototype, as the fake's does. */
class FakePainter {
	drawn = 0;
	render() {
		this.drawn++;
	}
}

function fakeMap(painter: FakePainter | null = new FakePainter()) {
	const listeners = new Map<string, Set<(event?: unknown) => void>>();
	let repaints = 0;
	const map = {
		painter: painter ?? undefined,
		on(type: string, listener: (event?: unknown) => void) {
			if (!listeners.has(type)) listeners.set(type, new Set());
			listeners.get(type)!.add(listener);
		},
		off(type: string, listener: (event?: unknown) => void) {
			listeners.get(type)?.delete(listener);
		},
		triggerRepaint: () => void repaints++,
		/** What MapLibre's frame does: asks its renderer to draw. */
		frame: () => painter?.render(),
		fire: (type: string, event?: unknown) => listeners.get(type)?.forEach((l) => l(event)),
		listening: () => [...listeners.values()].reduce((n, set) => n + set.size, 0),
		get repaints() {
			return repaints;
		}
	};
	return map;
}

const asHoldable = (map: ReturnType<typeof fakeMap>) => map as unknown as HoldableMap;

describe('holdFramesUntilFirstTile', () => {
	beforeEach(() => void vi.useFakeTimers());
	afterEach(() => void vi.useRealTimers());

	it('skips the frames before a tile, then draws every frame again', () => {
		const map = fakeMap();
		const hold = holdFramesUntilFirstTile(asHoldable(map), 'basemap');
		expect(hold.installed).toBe(true);
		map.frame();
		map.frame();
		// A source's metadata is not a tile: still nothing to draw but the sea.
		map.fire('sourcedata', { sourceId: 'basemap', sourceDataType: 'metadata' });
		map.frame();
		expect(map.painter!.drawn).toBe(0);
		expect(hold.held).toBe(3);
		expect(hold.endedBy).toBeNull();
		map.fire('sourcedata', { sourceId: 'basemap', tile: {} });
		expect(hold.holding).toBe(false);
		expect(hold.endedBy).toBe('basemap');
		// The skipped frame is asked for again.
		expect(map.repaints).toBe(1);
		map.frame();
		expect(map.painter!.drawn).toBe(1);
		expect(hold.held).toBe(3);
		// MapLibre's own renderer is back, not a wrapper around it.
		expect(Object.prototype.hasOwnProperty.call(map.painter, 'render')).toBe(false);
		expect(map.listening()).toBe(0);
	});

	it('holds until a tile of the source named (the basemap), not of another source', () => {
		const map = fakeMap();
		const hold = holdFramesUntilFirstTile(asHoldable(map), 'basemap');
		// The front lines and venues are small sources, cut before the basemap.
		map.fire('sourcedata', { sourceId: 'frontLine', tile: {} });
		map.fire('sourcedata', { sourceId: 'venues', tile: {} });
		map.frame();
		expect(hold.holding).toBe(true);
		expect(map.painter!.drawn).toBe(0);
		map.fire('sourcedata', { sourceId: 'basemap', tile: {} });
		expect(hold.holding).toBe(false);
		expect(map.repaints).toBe(1);
		map.frame();
		expect(map.painter!.drawn).toBe(1);
	});

	it('draws anyway after the time limit, on an error, or at an idle without tiles', () => {
		const late = fakeMap();
		const hold = holdFramesUntilFirstTile(asHoldable(late), 'basemap');
		vi.advanceTimersByTime(HOLD_LIMIT_MS - 1);
		expect(hold.holding).toBe(true);
		vi.advanceTimersByTime(1);
		expect(hold.holding).toBe(false);
		expect(hold.endedBy).toBe('limit');
		expect(late.repaints).toBe(1);
		late.frame();
		expect(late.painter!.drawn).toBe(1);

		const empty = fakeMap();
		const onIdle = holdFramesUntilFirstTile(asHoldable(empty), 'basemap');
		empty.fire('idle');
		expect(onIdle.endedBy).toBe('idle');
		expect(empty.repaints).toBe(1);

		const failing = fakeMap();
		const onError = holdFramesUntilFirstTile(asHoldable(failing), 'basemap');
		failing.fire('error', { error: new Error('basemap failed') });
		expect(onError.endedBy).toBe('error');
		failing.frame();
		expect(failing.painter!.drawn).toBe(1);
		expect(failing.repaints).toBe(1);
	});

	it('asks a removed map for no frame', () => {
		const map = fakeMap();
		const hold = holdFramesUntilFirstTile(asHoldable(map), 'basemap');
		map.fire('remove');
		expect(hold.endedBy).toBe('remove');
		expect(map.repaints).toBe(0);
		vi.advanceTimersByTime(HOLD_LIMIT_MS);
		expect(map.repaints).toBe(0);
	});

	it('puts back a renderer whose render is its own', () => {
		const painter = new FakePainter();
		const own = function (this: FakePainter) {
			this.drawn += 10;
		};
		painter.render = own;
		const map = fakeMap(painter);
		holdFramesUntilFirstTile(asHoldable(map), 'basemap');
		map.frame();
		expect(painter.drawn).toBe(0);
		map.fire('sourcedata', { sourceId: 'basemap', tile: {} });
		expect(painter.render).toBe(own);
		map.frame();
		expect(painter.drawn).toBe(10);
	});

	it('holds nothing where the renderer is not found', () => {
		const map = fakeMap(null);
		const hold = holdFramesUntilFirstTile(asHoldable(map), 'basemap');
		expect(hold).toMatchObject({ installed: false, holding: false, held: 0, endedBy: null });
		expect(map.listening()).toBe(0);
	});
});
