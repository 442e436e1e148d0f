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
let steps = { work: [], frame: [] };
let treatyTimes = [];
let embed = { idle: [], files: [] };
try {
	for (let run = 0; run < RUNS; run++) {
		// A fresh context per run: a cold HTTP cache, as for a first visit.
		const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
		const page = await context.newPage();
		const js = new Set();
		page.on('request', (request) => {
			const url = new URL(request.url());
			if (url.pathname.endsWith('.js')) js.add(url.pathname);
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
		await context.close();
	}
	steps = await measureSteps(browser);
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

const report = {
	date: new Date().toISOString(),
	machine: `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, software WebGL (SwiftShader)`,
	runs: RUNS,
	dataFiles,
	javascript: { files: jsFiles.length, gzip: jsGzip, gzipWithoutMapLibre: jsWithoutMapLibre },
	firstIdleMs: { median: Math.round(median(idleTimes)), all: idleTimes.map(Math.round) },
	oneDaySteps: {
		count: steps.work.length,
		mainThreadWorkMs: { median: median(steps.work), p95: quantile(steps.work, 0.95) },
		nextFrameMs: { median: median(steps.frame), p95: quantile(steps.frame, 0.95) }
	},
	guarantorLayerMs: { median: Math.round(median(treatyTimes)), all: treatyTimes.map(Math.round) },
	embed: {
		firstIdleMs: { median: Math.round(median(embed.idle)), all: embed.idle.map(Math.round) },
		gzipBytes: embed.files.reduce((sum, path) => sum + gzip(join(BUILD, path)), 0),
		files: embed.files
	}
};
const iswGzip = dataFiles
	.filter((f) => f.file.includes('/isw-'))
	.reduce((sum, f) => sum + f.gzip, 0);
report.targets = {
	iswDataGzipKB: { value: Math.round(iswGzip / 1024), target: 250, met: iswGzip <= 250 * 1024 },
	stepWorkP95Ms: {
		value: report.oneDaySteps.mainThreadWorkMs.p95,
		target: 8,
		met: report.oneDaySteps.mainThreadWorkMs.p95 <= 8
	}
};

const md = [
	`# Benchmark (${report.date.slice(0, 10)})`,
	'',
	`Machine: ${report.machine}. ${RUNS} cold loads of / at 1280×800.`,
	'',
	'| measure | value |',
	'|---|---:|',
	...dataFiles.map((f) => `| ${f.file} | ${kb(f.bytes)} raw, ${kb(f.gzip)} gzip |`),
	`| JavaScript loaded by / (${jsFiles.length} files, gzip) | ${kb(jsGzip)} |`,
	`| … of which not MapLibre | ${kb(jsWithoutMapLibre)} |`,
	`| time to first map idle (median) | ${report.firstIdleMs.median} ms |`,
	`| ISW 2022 data, all files (gzip) | ${kb(iswGzip)} (target ≤ 250 KB: ${report.targets.iswDataGzipKB.met ? 'met' : 'NOT met'}) |`,
	`| one-day step, main-thread work of the update (${steps.work.length} steps) | median ${ms(report.oneDaySteps.mainThreadWorkMs.median)}, p95 ${ms(report.oneDaySteps.mainThreadWorkMs.p95)} (target p95 ≤ 8 ms: ${report.targets.stepWorkP95Ms.met ? 'met' : 'NOT met'}) |`,
	`| one-day step, time to the next frame drawn with it | median ${ms(report.oneDaySteps.nextFrameMs.median)}, p95 ${ms(report.oneDaySteps.nextFrameMs.p95)} |`,
	`| guarantor layer, from the menu click to the world drawn (cold, ${treatyTimes.length} runs) | median ${report.guarantorLayerMs.median} ms |`,
	`| /embed at 640×480: everything it loads (${embed.files.length} files, gzip) | ${kb(report.embed.gzipBytes)} |`,
	`| /embed at 640×480: time to first map idle (cold, median of ${embed.idle.length}) | ${report.embed.firstIdleMs.median} ms |`
].join('\n');

mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/bench.json', JSON.stringify(report, null, '\t') + '\n');
writeFileSync('bench-results/bench.md', md + '\n');
console.log('\n' + md + '\n\nWritten to bench-results/bench.json and bench-results/bench.md');

/**
 * 60 successive one-day steps with the keyboard, as a reader would make them, from 1 March 2022.
 * The app marks the start of each update; the map measures the synchronous work up to its
 * setData calls (`talks-atlas:step`) and the time to the first frame drawn with the new data
 * (`talks-atlas:step-frame`).
 */
async function measureSteps(browser) {
	// Scrubbing in steady state: the service worker's one-time install (storing the app for
	// offline use, in the background of a first visit) is kept out of these figures.
	const context = await browser.newContext({
		viewport: { width: 1280, height: 800 },
		serviceWorkers: 'block'
	});
	const page = await context.newPage();
	await page.goto(base + '/?date=2022-03-01');
	await page.waitForSelector('[data-status="ready"]', { timeout: 60_000 });
	await page.waitForFunction(() =>
		document.querySelector('[data-testid="asof"]')?.textContent?.includes('1 March 2022')
	);
	// Start from a settled map: the first frame's tiles loaded and nothing moving.
	await page.waitForFunction(() => {
		const map = window.__talksAtlas?.map;
		return map && map.loaded() && !map.isMoving() && map.areTilesLoaded();
	});
	await page.waitForTimeout(500);
	await page.focus('[data-testid="date-slider"]');
	const work = [];
	const frame = [];
	for (let i = 0; i < 60; i++) {
		// Each step starts from a settled map, so one step's cost is not mixed with the last one's.
		await page.waitForFunction(
			() => {
				const map = window.__talksAtlas.map;
				return map.loaded() && !map.isMoving() && map.areTilesLoaded();
			},
			null,
			{ timeout: 20_000, polling: 50 }
		);
		await page.waitForTimeout(100);
		await page.evaluate(() => performance.clearMeasures());
		await page.keyboard.press('ArrowRight');
		const result = await page.waitForFunction(
			() => {
				const stepWork = performance.getEntriesByName('talks-atlas:step')[0];
				const next = performance.getEntriesByName('talks-atlas:step-frame')[0];
				return stepWork && next ? [stepWork.duration, next.duration] : null;
			},
			null,
			// Interval polling: requestAnimationFrame polling stalls while the map is busy.
			{ timeout: 20_000, polling: 20 }
		);
		const [w, f] = await result.jsonValue();
		if (process.env.BENCH_DEBUG) console.log(i, w.toFixed(1), f.toFixed(1));
		work.push(w);
		frame.push(f);
	}
	await context.close();
	return { work, frame };
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
