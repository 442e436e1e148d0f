import type { Map as MapLibreMap } from 'maplibre-gl';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FrontlineFrame } from '../frontlines/store';
import type { MapCredit } from './credit';
import type { DaySwitch } from './day-layer';
import type { DragOverlay } from './drag-overlay';
import type { DayMesh } from './day-mesh';
import { createFrontlineDrawing, type DrawnFrame } from './frontline-layer';
import { MeshCancelled, type MeshBuilder } from './mesh-builder';
import { FRONT_AREA_DRAWS, FRONT_LINE_DRAWS } from './style';

const frame = (date: string): FrontlineFrame => ({
	sourceId: 'isw',
	attribution: 'ISW',
	date,
	areas: { type: 'FeatureCollection', features: [] },
	line: { type: 'FeatureCollection', features: [] }
});

/** The parts of a MapLibre map the drawing uses; `frame()` draws one frame. */
function fakeMap() {
	const renders: (() => void)[] = [];
	const paint = new Map<string, unknown>();
	const source = () => ({
		data: null as unknown,
		loaded: true,
		setData(data: unknown) {
			this.data = data;
			this.loaded = false;
		}
	});
	const sources = { frontAreas: source(), frontLine: source() };
	const map = {
		on: (type: string, fn: () => void) => type === 'render' && renders.push(fn),
		// The front-line layers' types, as in the style.
		getLayer: (id: string) =>
			FRONT_AREA_DRAWS.some(({ layer }) => layer === id)
				? { type: 'fill' }
				: FRONT_LINE_DRAWS.includes(id as (typeof FRONT_LINE_DRAWS)[number])
					? { type: 'line' }
					: undefined,
		setPaintProperty: (layer: string, property: string, value: unknown) =>
			paint.set(`${layer} ${property}`, value),
		getSource: (id: 'frontAreas' | 'frontLine') => sources[id],
		isSourceLoaded: (id: 'frontAreas' | 'frontLine') => sources[id].loaded,
		triggerRepaint: () => {},
		getZoom: () => 5
	};
	return {
		map: map as unknown as MapLibreMap,
		paint,
		sources,
		/** MapLibre's tiles for the last setData have arrived. */
		load: () => Object.values(sources).forEach((s) => (s.loaded = true)),
		renders
	};
}

function fakeDays() {
	const keys = new Set<string>();
	const state = {
		shown: null as string | null,
		drawn: null as string | null,
		clip: null as readonly [number, number] | null
	};
	const days: DaySwitch = {
		layers: [],
		clip: (span) => void (state.clip = span),
		prepare: (key) => void keys.add(key),
		has: (key) => keys.has(key),
		show: (key) => void (state.shown = key),
		get drawn() {
			return state.drawn;
		},
		get size() {
			return keys.size;
		}
	};
	return { days, state };
}

function fakeOverlay() {
	const keys = new Set<string>();
	const state = { shown: null as string | null };
	const overlay: DragOverlay = {
		prepare: (key) => void keys.add(key),
		has: (key) => keys.has(key),
		show: (key) => void (state.shown = key),
		get shown() {
			return state.shown;
		}
	};
	return { overlay, state };
}

const NO_MESH = {} as DayMesh;

/** Meshes built at once: `then` calls back before `build` returns, as if the worker were instant. */
const instantMeshes: MeshBuilder = {
	build: () =>
		({
			then: (done: (mesh: DayMesh) => void) => done(NO_MESH)
		}) as unknown as Promise<DayMesh>,
	dropQueued() {},
	inWorker: true,
	destroy() {}
};

/**
 * Meshes built when the test says: `finish()` answers every day asked for so far; `dropQueued`
 * drops them all, as the builder drops what it has not handed to its worker.
 */
function laterMeshes() {
	const waiting: { resolve: (mesh: DayMesh) => void; reject: (e: Error) => void }[] = [];
	let dropped = 0;
	const meshes: MeshBuilder = {
		build: () => new Promise((resolve, reject) => waiting.push({ resolve, reject })),
		dropQueued() {
			dropped++;
			waiting.splice(0).forEach(({ reject }) => reject(new MeshCancelled()));
		},
		inWorker: true,
		destroy() {}
	};
	const finish = async () => {
		waiting.splice(0).forEach(({ resolve }) => resolve(NO_MESH));
		await Promise.resolve();
	};
	return { meshes, finish, dropped: () => dropped };
}

function setUp(meshes: MeshBuilder = instantMeshes) {
	const map = fakeMap();
	const { days, state: daysState } = fakeDays();
	const { overlay, state: overlayState } = fakeOverlay();
	const credits: (string | null)[] = [];
	const credit = { set: (text: string | null) => credits.push(text) } as unknown as MapCredit;
	const reported: (DrawnFrame | null)[] = [];
	const { days: other, state: otherState } = fakeDays();
	const drawing = createFrontlineDrawing(
		map.map,
		credit,
		days,
		overlay,
		meshes,
		(f) => reported.push(f),
		other
	);
	/** A frame: the day switch draws what it shows (as its render does), then MapLibre's event. */
	const drawFrame = () => {
		daysState.drawn = daysState.shown && days.has(daysState.shown) ? daysState.shown : null;
		for (const fn of map.renders) fn();
	};
	const baseOpacity = () => map.paint.get('front-control fill-layer-opacity') ?? 1;
	return {
		map,
		drawing,
		daysState,
		otherState,
		overlayState,
		credits,
		reported,
		drawFrame,
		baseOpacity
	};
}

beforeEach(() => {
	vi.useFakeTimers();
	vi.stubGlobal('requestAnimationFrame', () => 0);
});
afterEach(() => {
	vi.useRealTimers();
	vi.unstubAllGlobals();
});

describe('createFrontlineDrawing', () => {
	it('splits the map between two days in the swipe view, and hands back to MapLibre after', () => {
		const t = setUp();
		t.drawing.draw(frame('2022-04-15'));
		t.map.load();
		t.drawFrame();
		expect(t.drawing.drawnBy).toBe('maplibre');

		t.drawing.setSplit({ x: 0.4, reference: frame('2022-03-29') });
		// Both days by the switches, each on its side; MapLibre's layers hidden.
		expect([t.otherState.shown, t.otherState.clip]).toEqual(['isw/2022-03-29', [0, 0.4]]);
		expect([t.daysState.shown, t.daysState.clip]).toEqual(['isw/2022-04-15', [0.4, 1]]);
		expect(t.baseOpacity()).toBe(0);
		// No hand-over while it lasts, however long the date rests; a new day stays split.
		vi.advanceTimersByTime(1000);
		t.map.load();
		t.drawFrame();
		t.drawFrame();
		expect([t.drawing.drawnBy, t.baseOpacity()]).toEqual(['day-switch', 0]);
		t.drawing.setScrubbing(true);
		t.drawing.draw(frame('2022-04-16'));
		expect([t.daysState.shown, t.overlayState.shown]).toEqual(['isw/2022-04-16', null]);
		t.drawing.setScrubbing(false);
		t.drawing.setSplit({ x: 0.7, reference: frame('2022-03-29') });
		expect([t.otherState.clip, t.daysState.clip]).toEqual([
			[0, 0.7],
			[0.7, 1]
		]);

		t.drawing.setSplit(null);
		expect([t.otherState.shown, t.otherState.clip, t.daysState.clip]).toEqual([null, null, null]);
		vi.advanceTimersByTime(300);
		t.map.load();
		t.drawFrame();
		t.drawFrame();
		expect([t.drawing.drawnBy, t.baseOpacity(), t.drawing.drawn?.date]).toEqual([
			'maplibre',
			1,
			'2022-04-16'
		]);
	});

	it('shows a prepared day with the day switch, then hands it to MapLibre’s layers at rest', () => {
		const t = setUp();
		t.drawing.draw(frame('2022-03-01'));
		t.map.load();
		t.drawFrame();
		expect(t.drawing.drawnBy).toBe('maplibre');
		t.drawing.prepare(frame('2022-03-02'));

		t.drawing.draw(frame('2022-03-02'));
		// Hidden and switched before the frame; nothing reported until it is drawn.
		expect([t.baseOpacity(), t.daysState.shown]).toEqual([0, 'isw/2022-03-02']);
		expect(t.reported.at(-1)?.date).toBe('2022-03-01');
		t.drawFrame();
		expect([t.drawing.drawnBy, t.reported.at(-1)?.date]).toEqual(['day-switch', '2022-03-02']);

		// MapLibre's sources get the day only once the date rests.
		expect(t.map.sources.frontAreas.data).not.toBe(frame('2022-03-02').areas);
		vi.advanceTimersByTime(300);
		t.drawFrame();
		expect(t.drawing.drawnBy).toBe('day-switch');
		t.map.load();
		t.drawFrame();
		// The frame that saw them loaded was still the switch's; the next is MapLibre's.
		expect([t.baseOpacity(), t.daysState.shown]).toEqual([1, null]);
		t.drawFrame();
		expect([t.drawing.drawnBy, t.drawing.drawn?.date]).toEqual(['maplibre', '2022-03-02']);
		expect(t.reported.map((f) => f?.date)).toEqual(['2022-03-01', '2022-03-02']);
	});

	it('leaves a day to MapLibre’s layers until the worker has built its mesh', async () => {
		const { meshes, finish } = laterMeshes();
		const t = setUp(meshes);
		t.drawing.draw(frame('2022-03-01'));
		const day = frame('2022-03-02');
		expect(t.drawing.needs('isw', '2022-03-02')).toBe(true);
		expect(t.drawing.prepare(day)).toBe(true);
		// Asked for once: not asked again while it is being built.
		expect(t.drawing.needs('isw', '2022-03-02')).toBe(false);
		expect(t.drawing.prepare(day)).toBe(false);
		expect(t.drawing.preparedDays).toBe(0);
		await finish();
		expect(t.drawing.preparedDays).toBe(1);
		t.drawing.draw(day);
		expect([t.baseOpacity(), t.daysState.shown]).toEqual([0, 'isw/2022-03-02']);
		// A day still being built when reached goes to MapLibre's layers.
		t.drawing.prepare(frame('2022-03-03'));
		const next = frame('2022-03-03');
		t.drawing.draw(next);
		expect(t.daysState.shown).not.toBe('isw/2022-03-03');
		expect(t.map.sources.frontAreas.data).toBe(next.areas);
	});

	it('drops the days queued around the old day when another is drawn, and asks again', async () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		const { meshes, dropped } = laterMeshes();
		const t = setUp(meshes);
		t.drawing.draw(frame('2022-03-01'));
		expect(dropped()).toBe(1);
		t.drawing.prepare(frame('2022-03-02'));
		expect(t.drawing.needs('isw', '2022-03-02')).toBe(false);
		// The same day again (the drag released on it): the queue stays.
		t.drawing.draw(frame('2022-03-01'));
		expect(dropped()).toBe(1);
		t.drawing.draw(frame('2022-04-20'));
		expect(dropped()).toBe(2);
		await Promise.resolve();
		// Dropped, not failed: wanted again, and nothing to warn about.
		expect(t.drawing.needs('isw', '2022-03-02')).toBe(true);
		expect(warn).not.toHaveBeenCalled();
		warn.mockRestore();
	});

	it('keeps the day on screen, and says so, until MapLibre has a day that was not prepared', () => {
		const t = setUp();
		t.drawing.prepare(frame('2022-03-02'));
		t.drawing.draw(frame('2022-03-02'));
		t.drawFrame();
		t.drawing.draw(frame('2022-04-20'));
		t.drawFrame();
		expect([t.drawing.drawn?.date, t.credits.at(-1)]).toEqual(['2022-03-02', 'ISW']);
		t.map.load();
		t.drawFrame();
		t.drawFrame();
		expect([t.drawing.drawnBy, t.drawing.drawn?.date]).toEqual(['maplibre', '2022-04-20']);
	});

	it('draws a drag on the overlay at once, and takes it down in the frame the layers show the day', () => {
		const t = setUp();
		for (const date of ['2022-03-01', '2022-03-02', '2022-03-03']) t.drawing.prepare(frame(date));
		t.drawing.draw(frame('2022-03-01'));
		t.drawFrame();
		t.drawing.setScrubbing(true);
		t.drawing.draw(frame('2022-03-02'));
		t.drawing.draw(frame('2022-03-03'));
		// No map frame needed: the overlay and the description change together.
		expect([t.overlayState.shown, t.drawing.drawnBy, t.drawing.drawn?.date]).toEqual([
			'isw/2022-03-03',
			'drag-overlay',
			'2022-03-03'
		]);
		expect(t.daysState.shown).not.toBe('isw/2022-03-03');
		t.drawFrame();
		expect(t.overlayState.shown).toBe('isw/2022-03-03');

		t.drawing.setScrubbing(false);
		expect([t.overlayState.shown, t.daysState.shown]).toEqual(['isw/2022-03-03', 'isw/2022-03-03']);
		t.drawFrame();
		expect([t.overlayState.shown, t.drawing.drawnBy, t.drawing.drawn?.date]).toEqual([
			null,
			'day-switch',
			'2022-03-03'
		]);
	});

	it('keeps the overlay up over a day not prepared until MapLibre’s layers show that day', () => {
		const t = setUp();
		t.drawing.prepare(frame('2022-03-01'));
		t.drawing.setScrubbing(true);
		t.drawing.draw(frame('2022-03-01'));
		t.drawing.draw(frame('2022-09-01'));
		t.drawFrame();
		expect([t.overlayState.shown, t.drawing.drawn?.date]).toEqual(['isw/2022-03-01', '2022-03-01']);
		t.map.load();
		t.drawFrame();
		expect(t.baseOpacity()).toBe(1);
		t.drawFrame();
		expect([t.overlayState.shown, t.drawing.drawnBy, t.drawing.drawn?.date]).toEqual([
			null,
			'maplibre',
			'2022-09-01'
		]);
	});

	it('does not show MapLibre’s layers under the overlay when a drag comes back to their day', () => {
		const t = setUp();
		for (const date of ['2022-03-01', '2022-03-02']) t.drawing.prepare(frame(date));
		t.drawing.draw(frame('2022-03-01'));
		vi.advanceTimersByTime(300);
		t.map.load();
		t.drawFrame();
		t.drawFrame();
		expect(t.drawing.drawnBy).toBe('maplibre');
		t.drawing.setScrubbing(true);
		t.drawing.draw(frame('2022-03-02'));
		t.drawing.draw(frame('2022-03-01'));
		t.drawFrame();
		expect([t.baseOpacity(), t.overlayState.shown]).toEqual([0, 'isw/2022-03-01']);
	});

	it('clears everything for a day without front lines', () => {
		const t = setUp();
		t.drawing.prepare(frame('2022-03-01'));
		t.drawing.draw(frame('2022-03-01'));
		t.drawFrame();
		t.drawing.draw(null);
		t.map.load();
		t.drawFrame();
		expect([t.baseOpacity(), t.daysState.shown, t.drawing.drawn, t.credits.at(-1)]).toEqual([
			1,
			null,
			null,
			null
		]);
	});
});
