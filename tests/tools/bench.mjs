/**
 * `npm run bench`: builds the app, serves it, loads it in headless Chromium and reports sizes and
 * timings on screen and in bench-results/bench.{json,md}. Timings come from software WebGL on
 * whatever machine runs this; compare ratios between runs on one machine, not absolute numbers.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium-flags.mjs';
import {
	PHONE,
	measureBareBlocking,
	measureBareMapLibre,
	measureBlocking,
	openingView
} from './bench-load.mjs';
import {
	measureDrag,
	measurePlayback,
	measureRepaintLoop,
	measureRepaints,
	measureSteps,
	openPrepared
} from './bench-scrub.mjs';

const PORT = 4174;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const BUILD = 'build';

if (!process.argv.includes('--no-build')) {
	const built = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
	if (built.status !== 0) process.exit(built.status ?? 1);
}

const gzip = (path) => gzipSync(readFileSync(path), { level: 9 }).length;
const files = (dir) =>
	readdirSync(dir, { recursive: true })
		.map((name) => join(dir, name))
		.filter((path) => statSync(path).isFile());

// MapLibre's code lives in the chunk that the map module imports and in its worker.
const isMapLibre = (path) =>
	/maplibre|create-map/i.test(path) || readFileSync(path, 'utf8').includes('maplibre-gl-worker');

const dataFiles = files(join(BUILD, 'data')).map((path) => ({
	file: relative(BUILD, path),
	bytes: statSync(path).size,
	gzip: gzip(path)
}));
/** The basemap's and the world's vector tiles: hundreds of small files, each set reported together. */
const TILES_DIR = 'data/tiles/basemap/';
const WORLD_TILES_DIR = 'data/tiles/world/';
const isTile = (f) => f.file.startsWith('data/tiles/');
const sum = (list, key) => list.reduce((total, f) => total + f[key], 0);

const server = spawn(
	'node',
	['node_modules/vite/bin/vite.js', 'preview', '--port', String(PORT), '--strictPort'],
	{
		stdio: 'ignore'
	}
);
const base = `http://localhost:${PORT}`;
await waitForServer(base);

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

const idleTimes = [];
let loadedJs = new Set();
/** The basemap's tiles the first view at 1280×800 asked for (the last cold load's). */
let firstViewTiles = new Set();
let scrub = null;
let load = null;
let treatyTimes = [];
let embed = { idle: [], files: [] };
try {
	for (let run = 0; run < RUNS; run++) {
		// A fresh context per run: a cold HTTP cache, as for a first visit.
		const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
		const page = await context.newPage();
		const js = new Set();
		const tiles = new Set();
		page.on('request', (request) => {
			const url = new URL(request.url());
			if (url.pathname.endsWith('.js')) js.add(url.pathname);
			if (url.pathname.startsWith(`/${TILES_DIR}`)) tiles.add(url.pathname);
		});
		await page.goto(base + '/');
		await page.waitForFunction(
			() => performance.getEntriesByName('talks-atlas:first-idle').length > 0,
			null,
			{
				timeout: 60_000
			}
		);
		idleTimes.push(
			await page.evaluate(() => performance.getEntriesByName('talks-atlas:first-idle')[0].startTime)
		);
		loadedJs = js;
		firstViewTiles = tiles;
		await context.close();
	}
	scrub = await measureScrubbing(browser);
	load = await measureLoading(browser);
	treatyTimes = await measureTreatyLayer(browser);
	embed = await measureEmbed(browser);
} finally {
	await browser.close();
	server.kill();
}

const jsFiles = [...loadedJs].map((path) => join(BUILD, path));
const jsGzip = jsFiles.reduce((sum, path) => sum + gzip(path), 0);
const jsWithoutMapLibre = jsFiles
	.filter((path) => !isMapLibre(path))
	.reduce((sum, path) => sum + gzip(path), 0);

const quantile = (values, q) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};
const median = (values) => quantile(values, 0.5);
const ms = (n) => `${n.toFixed(1)} ms`;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

const stats = (values) => ({
	count: values.length,
	median: median(values),
	p95: quantile(values, 0.95)
});
const ratio = (n, d) => n / d;
const x = (n) => `${n.toFixed(2)}×`;

const tileFiles = dataFiles.filter((f) => f.file.startsWith(TILES_DIR));
const worldTileFiles = dataFiles.filter((f) => f.file.startsWith(WORLD_TILES_DIR));
const viewTiles = tileFiles.filter((f) => firstViewTiles.has(`/${f.file}`));
const embedFonts = embed.files.filter((path) => /\.woff2?$/.test(path));
const report = {
	date: new Date().toISOString(),
	machine: `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, software WebGL (SwiftShader)`,
	runs: RUNS,
	dataFiles: dataFiles.filter((f) => !isTile(f)),
	worldTiles: {
		files: worldTileFiles.length,
		bytes: sum(worldTileFiles, 'bytes'),
		gzip: sum(worldTileFiles, 'gzip')
	},
	basemapTiles: {
		files: tileFiles.length,
		bytes: sum(tileFiles, 'bytes'),
		gzip: sum(tileFiles, 'gzip'),
		firstView: {
			files: viewTiles.length,
			bytes: sum(viewTiles, 'bytes'),
			gzip: sum(viewTiles, 'gzip')
		}
	},
	javascript: { files: jsFiles.length, gzip: jsGzip, gzipWithoutMapLibre: jsWithoutMapLibre },
	firstIdleMs: { median: Math.round(median(idleTimes)), all: idleTimes.map(Math.round) },
	bareMapLibreIdleMs: {
		median: Math.round(median(load.bare)),
		all: load.bare.map(Math.round),
		view: load.view
	},
	scrubbing: {
		isw: {
			repaintMs: stats(scrub.isw.repaints),
			repaintLoop: scrub.isw.loop,
			stepFrameMs: stats(scrub.isw.steps.frames),
			stepWorkMs: stats(scrub.isw.steps.work)
		},
		liveuamap2025: {
			repaintMs: stats(scrub.liveuamap.repaints),
			stepFrameMs: stats(scrub.liveuamap.steps.frames),
			stepWorkMs: stats(scrub.liveuamap.steps.work)
		},
		drag: scrub.drag,
		playback: scrub.playback
	},
	blocking: load.blocking,
	guarantorLayerMs: { median: Math.round(median(treatyTimes)), all: treatyTimes.map(Math.round) },
	embed: {
		firstIdleMs: { median: Math.round(median(embed.idle)), all: embed.idle.map(Math.round) },
		gzipBytes: embed.files.reduce((sum, path) => sum + gzip(join(BUILD, path)), 0),
		files: embed.files,
		fonts: embedFonts
	}
};
const iswGzip = dataFiles
	.filter((f) => f.file.includes('/isw-'))
	.reduce((sum, f) => sum + f.gzip, 0);

const S = report.scrubbing;
const stepGoals = (label, s) => [
	{
		goal: `one-day step, ${label}: median ÷ bare repaint median`,
		value: ratio(s.stepFrameMs.median, s.repaintMs.median),
		shown: `${x(ratio(s.stepFrameMs.median, s.repaintMs.median))} (${ms(s.stepFrameMs.median)} ÷ ${ms(s.repaintMs.median)})`,
		target: '≤ 2×',
		met: ratio(s.stepFrameMs.median, s.repaintMs.median) <= 2
	},
	{
		goal: `one-day step, ${label}: p95 ÷ bare repaint median`,
		value: ratio(s.stepFrameMs.p95, s.repaintMs.median),
		shown: `${x(ratio(s.stepFrameMs.p95, s.repaintMs.median))} (${ms(s.stepFrameMs.p95)} ÷ ${ms(s.repaintMs.median)})`,
		target: '≤ 4×',
		met: ratio(s.stepFrameMs.p95, s.repaintMs.median) <= 4
	}
];
const blockingGoal = (page, b) => ({
	goal: `total blocking time on ${page} (4× slower CPU, phone viewport)`,
	value: b.totalBlockingMs,
	shown: `${b.totalBlockingMs} ms (median of ${b.all.length}; a bare MapLibre page with the same day's front line, measured alike: ${load.blocking.bare.totalBlockingMs} ms)`,
	target: '≤ 600 ms',
	met: b.totalBlockingMs <= 600
});
report.goals = [
	...stepGoals('ISW/CTP in the talks window', S.isw),
	...stepGoals('liveuamap/NZZ in 2025', S.liveuamap2025),
	{
		goal: 'drag over the talks window: distinct days drawn a second',
		value: S.drag.daysPerSecond,
		shown: `${S.drag.daysPerSecond.toFixed(1)}/s (${S.drag.distinctDays} days in ${S.drag.seconds.toFixed(1)} s; the pointer asked for ${S.drag.daysAskedFor}; a bare map repaint loop here draws ${S.isw.repaintLoop.framesPerSecond.toFixed(1)} frames/s)`,
		target: '≥ 30/s',
		met: S.drag.daysPerSecond >= 30
	},
	{
		goal: 'drag: days drawn ÷ days the pointer asked for',
		value: S.drag.daysAskedForAndDrawn / S.drag.daysAskedFor,
		shown: `${S.drag.daysAskedForAndDrawn} of ${S.drag.daysAskedFor}`,
		target: 'all',
		met: S.drag.daysAskedForAndDrawn >= S.drag.daysAskedFor
	},
	{
		goal: 'drag: longest main-thread task',
		value: S.drag.longestTaskMs,
		shown: `${Math.round(S.drag.longestTaskMs)} ms (${S.drag.tasksOver50} over 50 ms; the map repainted ${S.drag.mapRepaintsInDrag} times in the drag, and the longest task without a map repaint took ${Math.round(S.drag.longestTaskWithoutMapRepaintMs)} ms; a bare repaint loop: ${Math.round(S.isw.repaintLoop.longestTaskMs)} ms)`,
		target: '≤ 50 ms',
		met: S.drag.longestTaskMs <= 50
	},
	{
		goal: 'drag: the day under the pointer at release is drawn within',
		value: S.drag.framesToLastDay,
		shown: S.drag.framesToLastDay === null ? 'not drawn' : `${S.drag.framesToLastDay} frame(s)`,
		target: '≤ 2 frames',
		met: S.drag.framesToLastDay !== null && S.drag.framesToLastDay <= 2
	},
	{
		goal: 'drag: frames whose legend or credit named another day or source',
		value: S.drag.describedWrong,
		shown: `${S.drag.describedWrong} of ${S.drag.describedChecked}`,
		target: '0',
		met: S.drag.describedWrong === 0 && S.drag.describedChecked > 0
	},
	{
		goal: 'playback at 7 days/s: days shown of the days it passed',
		value: S.playback.daysShown / Math.max(1, S.playback.daysSpanned),
		shown: `${S.playback.daysShown} of ${S.playback.daysSpanned}`,
		target: 'all',
		met: S.playback.daysSpanned > 0 && S.playback.daysShown === S.playback.daysSpanned
	},
	{
		goal: 'playback: step to frame (median) ÷ bare repaint median',
		value: S.playback.medianStepFrameMs / S.isw.repaintMs.median,
		shown: x(S.playback.medianStepFrameMs / S.isw.repaintMs.median),
		target: '≤ 2×',
		met: S.playback.medianStepFrameMs / S.isw.repaintMs.median <= 2
	},
	{
		goal: 'first map idle on / (median, cold)',
		value: report.firstIdleMs.median,
		shown: `${report.firstIdleMs.median} ms`,
		target: '≤ 1500 ms',
		met: report.firstIdleMs.median <= 1500
	},
	{
		goal: 'first map idle ÷ a bare MapLibre page with the same day’s front line',
		value: report.firstIdleMs.median / report.bareMapLibreIdleMs.median,
		shown: `${x(report.firstIdleMs.median / report.bareMapLibreIdleMs.median)} (${report.firstIdleMs.median} ÷ ${report.bareMapLibreIdleMs.median} ms)`,
		target: '≤ 1.5×',
		met: report.firstIdleMs.median / report.bareMapLibreIdleMs.median <= 1.5
	},
	blockingGoal('/', load.blocking.home),
	blockingGoal('/embed', load.blocking.embed),
	{
		goal: 'largest contentful paint on /embed (4× slower CPU, phone viewport)',
		value: load.blocking.embed.lcpMs,
		shown: `${load.blocking.embed.lcpMs} ms`,
		target: '≤ 4000 ms',
		met: load.blocking.embed.lcpMs <= 4000
	},
	{
		goal: 'JavaScript on / other than MapLibre (gzip)',
		value: jsWithoutMapLibre,
		shown: kb(jsWithoutMapLibre),
		target: '≤ 60 KB',
		met: jsWithoutMapLibre <= 60 * 1024
	},
	{
		goal: 'font files /embed loads',
		value: embedFonts.length,
		shown: embedFonts.map((path) => path.split('/').pop()).join(', ') || 'none',
		target: 'no latin-ext',
		met: !embedFonts.some((path) => /latin-ext/.test(path))
	},
	{
		goal: 'ISW 2022 data, all files (gzip)',
		value: iswGzip,
		shown: kb(iswGzip),
		target: '≤ 250 KB',
		met: iswGzip <= 250 * 1024
	},
	{
		goal: 'one-day step, main-thread work (p95, ISW)',
		value: S.isw.stepWorkMs.p95,
		shown: ms(S.isw.stepWorkMs.p95),
		target: '≤ 8 ms',
		met: S.isw.stepWorkMs.p95 <= 8
	}
];

const md = [
	`# Benchmark (${report.date.slice(0, 10)})`,
	'',
	`Machine: ${report.machine}. ${RUNS} cold loads of / at 1280×800. A "repaint" and a "step" are timed alike: from the request (triggerRepaint, a key press) to MapLibre's render event of the first frame showing it.`,
	'',
	'## Goals',
	'',
	'| goal | measured | target | |',
	'|---|---:|---|---|',
	...report.goals.map(
		(g) => `| ${g.goal} | ${g.shown} | ${g.target} | ${g.met ? 'met' : 'NOT met'} |`
	),
	'',
	'## Figures',
	'',
	'| measure | value |',
	'|---|---:|',
	...dataFiles
		.filter((f) => !isTile(f))
		.map((f) => `| ${f.file} | ${kb(f.bytes)} raw, ${kb(f.gzip)} gzip |`),
	`| ${WORLD_TILES_DIR} (${worldTileFiles.length} tiles, each gzipped; fetched only where a view reaches past the region) | ${kb(sum(worldTileFiles, 'bytes'))} raw, ${kb(sum(worldTileFiles, 'gzip'))} gzip |`,
	`| ${TILES_DIR} (${tileFiles.length} tiles, each gzipped) | ${kb(sum(tileFiles, 'bytes'))} raw, ${kb(sum(tileFiles, 'gzip'))} gzip |`,
	`| … the first view's at 1280×800 (${viewTiles.length} tiles) | ${kb(sum(viewTiles, 'bytes'))} raw, ${kb(sum(viewTiles, 'gzip'))} gzip |`,
	`| JavaScript loaded by / (${jsFiles.length} files, gzip) | ${kb(jsGzip)} |`,
	`| … of which not MapLibre | ${kb(jsWithoutMapLibre)} |`,
	`| time to first map idle (median) | ${report.firstIdleMs.median} ms |`,
	`| bare MapLibre page, same day's front line, first idle (median) | ${report.bareMapLibreIdleMs.median} ms |`,
	`| bare repaint, ISW talks window (${S.isw.repaintMs.count}) | median ${ms(S.isw.repaintMs.median)}, p95 ${ms(S.isw.repaintMs.p95)} |`,
	`| one-day step to its first frame, ISW talks window (${S.isw.stepFrameMs.count}) | median ${ms(S.isw.stepFrameMs.median)}, p95 ${ms(S.isw.stepFrameMs.p95)} |`,
	`| bare repaint, liveuamap 2025 (${S.liveuamap2025.repaintMs.count}) | median ${ms(S.liveuamap2025.repaintMs.median)}, p95 ${ms(S.liveuamap2025.repaintMs.p95)} |`,
	`| one-day step to its first frame, liveuamap 2025 (${S.liveuamap2025.stepFrameMs.count}) | median ${ms(S.liveuamap2025.stepFrameMs.median)}, p95 ${ms(S.liveuamap2025.stepFrameMs.p95)} |`,
	`| repaints back to back | ${S.isw.repaintLoop.framesPerSecond.toFixed(1)} frames/s |`,
	`| drag over the talks window | ${S.drag.frames} frames, ${S.drag.distinctDays} distinct days in ${S.drag.seconds.toFixed(1)} s |`,
	`| total blocking time, / and /embed (4× CPU, median of ${RUNS}) | ${load.blocking.home.totalBlockingMs} ms, ${load.blocking.embed.totalBlockingMs} ms |`,
	`| … each load, / and /embed | ${load.blocking.home.all.map((l) => l.totalBlockingMs).join(', ')} ms; ${load.blocking.embed.all.map((l) => l.totalBlockingMs).join(', ')} ms |`,
	`| total blocking time of a bare MapLibre page, same day's front line, phone view (4× CPU) | ${load.blocking.bare.all.map((l) => l.totalBlockingMs).join(', ')} ms |`,
	`| largest contentful paint, / and /embed (4× CPU) | ${load.blocking.home.lcpMs} ms, ${load.blocking.embed.lcpMs} ms |`,
	`| guarantor layer, from the menu click to the world drawn (cold, ${treatyTimes.length} runs) | median ${report.guarantorLayerMs.median} ms |`,
	`| /embed at 640×480: everything it loads (${embed.files.length} files, gzip) | ${kb(report.embed.gzipBytes)} |`,
	`| /embed at 640×480: time to first map idle (cold, median of ${embed.idle.length}) | ${report.embed.firstIdleMs.median} ms |`
].join('\n');

mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/bench.json', JSON.stringify(report, null, '\t') + '\n');
writeFileSync('bench-results/bench.md', md + '\n');
console.log('\n' + md + '\n\nWritten to bench-results/bench.json and bench-results/bench.md');

/** Repaints, steps, a drag and playback on the real page, on each source's own ground. */
async function measureScrubbing(browser) {
	// Mid-window, so the whole talks window is prepared before the drag.
	const isw = await openPrepared(browser, base + '/?date=2022-04-12&source=isw', 97);
	const repaints = await measureRepaints(isw.page);
	const loop = await measureRepaintLoop(isw.page);
	const steps = await measureSteps(isw.page);
	const drag = await measureDrag(isw.page);
	const playback = await measurePlayback(isw.page);
	await isw.context.close();
	const nzz = await openPrepared(browser, base + '/?date=2025-06-16&source=liveuamap', 40);
	const liveuamap = {
		repaints: await measureRepaints(nzz.page),
		steps: await measureSteps(nzz.page)
	};
	await nzz.context.close();
	return { isw: { repaints, loop, steps }, liveuamap, drag, playback };
}

/** The bare MapLibre page beside the atlas, and blocking time with a slowed CPU. */
async function measureLoading(browser) {
	const view = await openingView(browser, base);
	const bare = await measureBareMapLibre(browser, base, BUILD, view, RUNS);
	const phone = await openingView(browser, base, PHONE);
	const blocking = {
		home: await measureBlocking(browser, base + '/', RUNS),
		embed: await measureBlocking(browser, base + '/embed?date=2022-03-15', RUNS),
		bare: await measureBareBlocking(browser, base, BUILD, phone, RUNS)
	};
	return { view, bare, blocking };
}

/** The embed as an article would load it: cold, 640 × 480, what it fetches and when it is idle. */
async function measureEmbed(browser) {
	const idle = [];
	let files = [];
	for (let run = 0; run < RUNS; run++) {
		const context = await browser.newContext({ viewport: { width: 640, height: 480 } });
		const page = await context.newPage();
		const paths = new Set();
		page.on('request', (request) => {
			const url = new URL(request.url());
			if (url.origin === base && url.pathname !== '/embed') paths.add(url.pathname);
		});
		await page.goto(base + '/embed?date=2022-03-15');
		await page.waitForFunction(
			() => performance.getEntriesByName('talks-atlas:first-idle').length > 0,
			null,
			{ timeout: 60_000 }
		);
		idle.push(
			await page.evaluate(() => performance.getEntriesByName('talks-atlas:first-idle')[0].startTime)
		);
		// The page's own HTML is measured too (as embed.html, how adapter-static writes it).
		files = ['/embed.html', ...paths].filter((path) =>
			statSync(join(BUILD, path), { throwIfNoEntry: false })
		);
		await context.close();
	}
	return { idle, files };
}

/**
 * The guarantor layer is the heaviest optional one (the world's countries load on first use):
 * from the menu click to a settled map with the named states drawn, in a cold context each run.
 */
async function measureTreatyLayer(browser) {
	const times = [];
	for (let run = 0; run < 3; run++) {
		const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
		const page = await context.newPage();
		await page.goto(base + '/?date=2022-05-10');
		await page.waitForSelector('[data-status="ready"]', { timeout: 60_000 });
		await page.click('[data-testid="layer-menu"] summary');
		const start = await page.evaluate(() => performance.now());
		await page.getByRole('checkbox', { name: /Guarantor states/ }).check();
		const done = await page.waitForFunction(
			() => {
				const map = window.__talksAtlas?.map;
				if (!map?.getLayer('treaty-guarantor') || !map.loaded() || map.isMoving()) return null;
				if (!map.areTilesLoaded()) return null;
				const drawn = map.queryRenderedFeatures({ layers: ['treaty-guarantor'] });
				return drawn.some((f) => f.properties.id === 'USA') ? performance.now() : null;
			},
			null,
			{ timeout: 60_000, polling: 20 }
		);
		times.push((await done.jsonValue()) - start);
		await context.close();
	}
	return times;
}

async function waitForServer(url) {
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			// not up yet
		}
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	throw new Error(`preview server did not start at ${url}`);
}
