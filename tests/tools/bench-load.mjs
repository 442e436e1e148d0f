/**
 * The benchmark's loading measures (used by bench.mjs): the atlas's first idle against a bare
 * MapLibre page showing only the same day's front line, side by side; and main-thread blocking
 * and largest contentful paint with the CPU slowed 4× as Lighthouse's mobile profile does.
 */
import { readFileSync } from 'node:fs';
import { feature } from 'topojson-client';

const FIRST_IDLE = 'talks-atlas:first-idle';
const BARE_IDLE = 'bare-idle';

/** A phone as the blocking measures see it (Lighthouse's mobile viewport). */
export const PHONE = { viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true };

/** The day and source the atlas opens on, and the size and camera of its map, at a screen size. */
export async function openingView(
	browser,
	base,
	screen = { viewport: { width: 1280, height: 800 } }
) {
	const context = await browser.newContext(screen);
	const page = await context.newPage();
	await page.goto(base + '/');
	await page.waitForFunction(() => window.__talksAtlas?.drawnDay, null, { timeout: 60_000 });
	const view = await page.evaluate(() => {
		const source = document.querySelector('input[name="frontline-source"]:checked')?.value;
		const box = window.__talksAtlas.map.getContainer().getBoundingClientRect();
		const { lng, lat } = window.__talksAtlas.map.getCenter();
		return {
			day: window.__talksAtlas.drawnDay,
			source,
			width: Math.round(box.width),
			height: Math.round(box.height),
			center: [lng, lat],
			zoom: window.__talksAtlas.map.getZoom()
		};
	});
	await context.close();
	return view;
}

/** One day's front line and areas, decoded here from the built data. */
function dayCollection(build, source, day) {
	const index = JSON.parse(readFileSync(`${build}/data/frontlines/index.json`, 'utf8'));
	const chunk = index.sources
		.find((s) => s.id === source)
		.chunks.find((c) => c.from <= day && day <= c.to);
	const topology = JSON.parse(readFileSync(`${build}${chunk.file}`, 'utf8'));
	const features = [];
	for (const [name, object] of Object.entries(topology.objects)) {
		for (const geometry of object.geometries) {
			if (geometry.properties?.date !== day || !geometry.type) continue;
			features.push({ ...feature(topology, geometry), properties: { layer: name } });
		}
	}
	return { type: 'FeatureCollection', features };
}

/**
 * A bare MapLibre page (MapLibre's own distribution, one GeoJSON source, a background, a fill
 * and a line) at the atlas map's size and camera, served from the same origin under /__bare/:
 * the routes that serve it in a browser context.
 */
function bareMapLibre(build, view) {
	const data = JSON.stringify(dayCollection(build, view.source, view.day));
	const html = `<!doctype html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="/__bare/maplibre-gl.css">
<style>body{margin:0}#map{width:${view.width}px;height:${view.height}px}</style></head>
<body><div id="map"></div><script type="module">
import * as maplibregl from '/__bare/maplibre-gl.mjs';
maplibregl.setWorkerUrl('/__bare/maplibre-gl-worker.mjs');
const map = new maplibregl.Map({ container: 'map', center: ${JSON.stringify(view.center)}, zoom: ${view.zoom},
  attributionControl: false,
  style: { version: 8, sources: { front: { type: 'geojson', data: '/__bare/day.json' } }, layers: [
    { id: 'bg', type: 'background', paint: { 'background-color': '#f4f1ea' } },
    { id: 'area', type: 'fill', source: 'front', filter: ['!=', ['get', 'layer'], 'frontline'], paint: { 'fill-color': '#c0392b', 'fill-opacity': 0.4 } },
    { id: 'line', type: 'line', source: 'front', filter: ['==', ['get', 'layer'], 'frontline'], paint: { 'line-color': '#7a1712', 'line-width': 2 } } ] } });
map.once('idle', () => performance.mark('${BARE_IDLE}'));
</script></body></html>`;
	const dist = 'node_modules/maplibre-gl/dist';
	const files = {
		'/__bare/': ['text/html', html],
		'/__bare/day.json': ['application/json', data]
	};
	for (const name of ['maplibre-gl.mjs', 'maplibre-gl-worker.mjs', 'maplibre-gl-shared.mjs']) {
		files[`/__bare/${name}`] = ['text/javascript', readFileSync(`${dist}/${name}`)];
	}
	files['/__bare/maplibre-gl.css'] = ['text/css', readFileSync(`${dist}/maplibre-gl.css`)];
	return (context, base) =>
		context.route(`${base}/__bare/**`, (route) => {
			const file = files[new URL(route.request().url()).pathname];
			if (!file) return route.fulfill({ status: 404 });
			return route.fulfill({ status: 200, contentType: file[0], body: file[1] });
		});
}

/** The bare MapLibre page's cold first idle, at the atlas map's size and camera. */
export async function measureBareMapLibre(browser, base, build, view, runs) {
	const serve = bareMapLibre(build, view);
	const times = [];
	for (let run = 0; run < runs; run++) {
		const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
		await serve(context, base);
		const page = await context.newPage();
		await page.goto(`${base}/__bare/`);
		await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, BARE_IDLE, {
			timeout: 60_000
		});
		times.push(
			await page.evaluate((mark) => performance.getEntriesByName(mark)[0].startTime, BARE_IDLE)
		);
		await context.close();
	}
	return times;
}

/**
 * The bare MapLibre page's blocking time measured as the atlas's is, at the atlas's phone view:
 * what MapLibre's own set-up and frames cost on this machine before any of the atlas's work.
 */
export function measureBareBlocking(browser, base, build, phoneView, runs) {
	return measureBlocking(browser, `${base}/__bare/`, runs, {
		idleMark: BARE_IDLE,
		setup: bareMapLibre(build, phoneView)
	});
}

/**
 * Total blocking time (the part of each main-thread task beyond 50 ms, from first contentful
 * paint until the page has been idle for 3 s after the map's first idle) and largest contentful
 * paint, cold, at a phone's viewport with the CPU slowed 4× (Lighthouse's mobile CPU factor; the
 * network is local and not slowed). The median of `runs` loads, and each load's figures.
 */
export async function measureBlocking(browser, url, runs, { idleMark = FIRST_IDLE, setup } = {}) {
	const loads = [];
	for (let run = 0; run < runs; run++)
		loads.push(await blockingOnce(browser, url, idleMark, setup));
	const middle = (key) => loads.map((l) => l[key]).sort((a, b) => a - b)[Math.floor(runs / 2)];
	return {
		totalBlockingMs: middle('totalBlockingMs'),
		lcpMs: middle('lcpMs'),
		all: loads
	};
}

async function blockingOnce(browser, url, idleMark, setup) {
	const context = await browser.newContext(PHONE);
	if (setup) await setup(context, new URL(url).origin);
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	await page.addInitScript(() => {
		window.__tasks = [];
		window.__lcp = 0;
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) window.__tasks.push([e.startTime, e.duration]);
		}).observe({ type: 'longtask' });
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) window.__lcp = e.startTime;
		}).observe({ type: 'largest-contentful-paint', buffered: true });
	});
	await page.goto(url);
	await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, idleMark, {
		timeout: 120_000
	});
	await page.waitForTimeout(3000);
	const result = await page.evaluate(() => {
		const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
		const blocking = window.__tasks
			.filter(([t]) => t >= fcp)
			.reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0);
		return { totalBlockingMs: Math.round(blocking), lcpMs: Math.round(window.__lcp) };
	});
	await context.close();
	return result;
}
