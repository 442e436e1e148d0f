import { describe, expect, it, vi } from 'vitest';
import { watchBasemap } from './basemap-watch';

type Handler = (event: Record<string, unknown>) => void;

/** A map with the few calls the watch makes: events, the basemap's features, its source. */
function fakeMap(featureCount: () => number, view = { w: 25, s: 44, e: 40, n: 53 }) {
	const handlers: Record<string, Handler[]> = {};
	const once: Record<string, Handler[]> = {};
	const setTiles = vi.fn();
	const map = {
		on: (type: string, handler: Handler) => (handlers[type] ??= []).push(handler),
		once: (type: string, handler: Handler) => (once[type] ??= []).push(handler),
		queryRenderedFeatures: vi.fn(() => Array.from({ length: featureCount() }, () => ({}))),
		getCenter: () => ({ lng: (view.w + view.e) / 2, lat: (view.s + view.n) / 2 }),
		project: vi.fn(([lng, lat]: [number, number]) => ({ x: lng, y: lat })),
		getSource: () => ({
			tiles: ['https://atlas.example/data/tiles/basemap/{z}/{x}/{y}.pbf'],
			setTiles
		}),
		getBounds: () => ({
			getWest: () => view.w,
			getSouth: () => view.s,
			getEast: () => view.e,
			getNorth: () => view.n
		})
	};
	const fire = (type: string, event: Record<string, unknown> = {}) => {
		for (const handler of handlers[type] ?? []) handler(event);
		const pending = once[type] ?? [];
		once[type] = [];
		for (const handler of pending) handler(event);
	};
	return {
		map: map as never,
		fire,
		setTiles,
		query: map.queryRenderedFeatures,
		project: map.project,
		view
	};
}

describe('watchBasemap', () => {
	it('reports a basemap tile that failed, once, with a way to fetch the tiles again', () => {
		const { map, fire, setTiles } = fakeMap(() => 10);
		const problems: [string, () => void][] = [];
		const watch = watchBasemap(map, (message, retry) => problems.push([message, retry]));
		const failed = { sourceId: 'basemap', error: { message: 'Unimplemented type: 4' } };
		expect(watch.owns(failed)).toBe(true);
		expect(watch.owns({ sourceId: 'frontAreas' })).toBe(false);
		fire('error', failed);
		fire('error', failed);
		expect(problems).toHaveLength(1);
		expect(problems[0][0]).toBe(
			'The basemap could not be loaded (Unimplemented type: 4); the places of the talks are still listed beside the map.'
		);
		// Trying again asks for the same tiles anew, and a later failure is told again.
		problems[0][1]();
		expect(setTiles).toHaveBeenCalledWith([
			'https://atlas.example/data/tiles/basemap/{z}/{x}/{y}.pbf'
		]);
		fire('error', failed);
		expect(problems).toHaveLength(2);
	});

	it('leaves other sources’ errors to the map’s own handler', () => {
		const { map, fire } = fakeMap(() => 10);
		const problems: string[] = [];
		watchBasemap(map, (message) => problems.push(message));
		fire('error', { sourceId: 'world', error: { message: 'x' } });
		fire('error', { error: { message: 'y' } });
		expect(problems).toEqual([]);
	});

	it('tells a drawn view without any basemap feature (tiles answered with a 404) from one with', () => {
		let features = 0;
		const { map, fire, query } = fakeMap(() => features);
		const problems: [string, () => void][] = [];
		const watch = watchBasemap(map, (message, retry) => problems.push([message, retry]));
		watch.checkDrawn();
		// At the view's centre, on the layers that cover every tile: the data's box, the frame beyond.
		expect(query).toHaveBeenCalledWith(
			{ x: 32.5, y: 48.5 },
			{ layers: ['detail-box', 'outside-data'] }
		);
		expect(problems.map(([message]) => message)).toEqual([
			'The basemap could not be loaded (its tiles were not found under /data/tiles/basemap); the places of the talks are still listed beside the map.'
		]);
		// Tried again, the next complete frame is checked again: now the tiles came.
		features = 120;
		problems[0][1]();
		fire('idle');
		expect(problems).toHaveLength(1);
		// And had they not, it would say so again.
		features = 0;
		problems[0][1]();
		fire('idle');
		expect(problems).toHaveLength(2);
	});

	it('waits, with a view beyond the basemap’s tiles (a venue far away), for one over them', () => {
		// Anchorage: no basemap tile is asked for there, so none is drawn, rightly.
		const { map, fire, query, project, view } = fakeMap(() => 0, {
			w: -155,
			s: 58,
			e: -145,
			n: 64
		});
		const problems: string[] = [];
		const watch = watchBasemap(map, (message) => problems.push(message));
		watch.checkDrawn();
		fire('idle');
		expect(query).not.toHaveBeenCalled();
		expect(problems).toEqual([]);
		// Half over the tiles (they end at 8° E), the next complete frame is checked, at the point
		// in view nearest the centre that is over them.
		Object.assign(view, { w: 0, s: 45, e: 10, n: 51 });
		fire('idle');
		expect(query).toHaveBeenCalledTimes(1);
		expect(project).toHaveBeenCalledWith([8, 48]);
		expect(problems).toHaveLength(1);
		// Checked once: later frames are not.
		fire('idle');
		expect(query).toHaveBeenCalledTimes(1);
	});
});
