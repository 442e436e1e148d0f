import { createCanvas, loadImage, type Image } from '@napi-rs/canvas';
import { expect, test, type Page } from '@playwright/test';
import { openAtlas, watchErrors } from './helpers';

/** Hides MapLibre's front-line layers by hand: the map as it is without any front lines. */
async function hideFrontLayers(page: Page) {
	await page.evaluate(() => {
		const map = window.__talksAtlas!.map;
		for (const layer of map.getStyle().layers) {
			if (!('source' in layer)) continue;
			if (layer.source === 'frontAreas') map.setPaintProperty(layer.id, 'fill-layer-opacity', 0);
			if (layer.source === 'frontLine') map.setPaintProperty(layer.id, 'line-layer-opacity', 0);
		}
	});
}

/** Opens the atlas on an ISW day and waits until `days` days around it are ready to show. */
async function openPrepared(page: Page, date: string, days: number) {
	await openAtlas(page, `/?date=${date}&source=isw`);
	await page.waitForFunction((n) => window.__talksAtlas!.preparedDays >= n, days, {
		timeout: 30_000
	});
	// Triangulated off the page's thread (issue 14: loading never freezes the page).
	expect(await page.evaluate(() => window.__talksAtlas!.dayMeshesBuiltBy)).toBe('worker');
	await page.waitForFunction(() => {
		const hook = window.__talksAtlas!;
		return hook.drawnBy === 'maplibre' && hook.map.loaded() && !hook.map.isMoving();
	});
}

/**
 * Installs `window.__frame(day, by)`: resolves with the canvas's pixels of the first frame that
 * shows `day` drawn by `by`, read in the frame's own render event (before the page composites).
 */
async function installFrameGrabber(page: Page) {
	await page.evaluate(() => {
		(window as unknown as { __frame: unknown }).__frame = (day: string, by: string) =>
			new Promise<number[]>((resolve) => {
				const hook = window.__talksAtlas!;
				const onRender = () => {
					if (hook.drawnDay !== day || hook.drawnBy !== by) return;
					hook.map.off('render', onRender);
					const gl = hook.map.getCanvas().getContext('webgl2')!;
					const [w, h] = [gl.drawingBufferWidth, gl.drawingBufferHeight];
					const pixels = new Uint8Array(w * h * 4);
					gl.readPixels(0, 0, w, h, gl.RGBA, gl.UNSIGNED_BYTE, pixels);
					(window as unknown as { __pixels: Uint8Array[] }).__pixels ??= [];
					(window as unknown as { __pixels: Uint8Array[] }).__pixels.push(pixels);
					resolve([w, h]);
				};
				hook.map.on('render', onRender);
				hook.map.triggerRepaint();
			});
	});
}

/**
 * Share of 8 × 8 blocks (a hatch's period) whose mean colour differs clearly between two grabbed
 * frames: hatches drawn in another phase, or edges antialiased differently, average out.
 */
async function differing(page: Page, a: number, b: number) {
	return page.evaluate(
		([a, b]) => {
			const frames = (window as unknown as { __pixels: Uint8Array[] }).__pixels;
			const gl = window.__talksAtlas!.map.getCanvas().getContext('webgl2')!;
			const [w, h] = [gl.drawingBufferWidth, gl.drawingBufferHeight];
			const means = (pixels: Uint8Array) => {
				const out: number[] = [];
				for (let by = 0; by + 8 <= h; by += 8) {
					for (let bx = 0; bx + 8 <= w; bx += 8) {
						const sum = [0, 0, 0];
						for (let y = by; y < by + 8; y++) {
							for (let x = bx; x < bx + 8; x++) {
								for (let c = 0; c < 3; c++) sum[c] += pixels[(y * w + x) * 4 + c];
							}
						}
						out.push(...sum.map((v) => v / 64));
					}
				}
				return out;
			};
			const [x, y] = [means(frames[a]), means(frames[b])];
			let count = 0;
			for (let i = 0; i < x.length; i += 3) {
				const d = Math.max(
					Math.abs(x[i] - y[i]),
					Math.abs(x[i + 1] - y[i + 1]),
					Math.abs(x[i + 2] - y[i + 2])
				);
				if (d > 16) count++;
			}
			return count / (x.length / 3);
		},
		[a, b]
	);
}

test('a step to a prepared day is drawn by the day switch at once, then by MapLibre’s layers with the same look', async ({
	page
}) => {
	const errors = watchErrors(page);
	await openPrepared(page, '2022-03-20', 5);
	await installFrameGrabber(page);
	await page.getByTestId('date-slider').focus();

	const fromSwitch = page.evaluate(() =>
		(window as unknown as { __frame: (d: string, b: string) => Promise<void> }).__frame(
			'2022-03-21',
			'day-switch'
		)
	);
	await page.evaluate(() => performance.clearMeasures());
	await page.keyboard.press('ArrowRight');
	await fromSwitch;
	// The step was timed to the frame that showed it (drawn by the day switch, as above).
	const stepFrames = await page.evaluate(() =>
		performance.getEntriesByName('talks-atlas:step-frame').map((e) => e.duration)
	);
	expect(stepFrames).toHaveLength(1);

	// When the date rests, MapLibre's layers take over, and their features carry the day.
	await page.evaluate(() =>
		(window as unknown as { __frame: (d: string, b: string) => Promise<void> }).__frame(
			'2022-03-21',
			'maplibre'
		)
	);
	const dates = await page.evaluate(() =>
		window
			.__talksAtlas!.map.queryRenderedFeatures({ layers: ['front-control', 'front-line'] })
			.map((f) => f.properties.date)
	);
	expect(new Set(dates)).toEqual(new Set(['2022-03-21']));

	// The same front lines without either: MapLibre's layers hidden by hand.
	await hideFrontLayers(page);
	await page.evaluate(() =>
		(window as unknown as { __frame: (d: string, b: string) => Promise<void> }).__frame(
			'2022-03-21',
			'maplibre'
		)
	);
	const switchVsMapLibre = await differing(page, 0, 1);
	const frontLines = await differing(page, 1, 2);
	// The front lines cover a real part of the map, and the day switch draws nearly all of it as
	// MapLibre does (the hatches' phase and the edges' antialiasing differ by a pixel or two).
	expect(frontLines).toBeGreaterThan(0.01);
	expect(switchVsMapLibre).toBeLessThan(frontLines * 0.2);
	expect(errors).toEqual([]);
});

test('a drag draws every frame’s day on the overlay, its legend, credit and chart describing it; on release the layers take over', async ({
	page
}) => {
	const errors = watchErrors(page);
	await openPrepared(page, '2022-04-12', 40);
	type Seen = { day: string | null; by: string; legend: string; credit: string; chart: string };
	// Sampled at each frame the page paints: the overlay draws without a map repaint.
	await page.evaluate(() => {
		const hook = window.__talksAtlas!;
		const seen: Seen[] = [];
		(window as unknown as { __seen: Seen[] }).__seen = seen;
		const sample = () => {
			seen.push({
				day: hook.drawnDay,
				by: hook.drawnBy,
				legend: document.querySelector('[data-testid="legend"] summary')?.textContent ?? '',
				credit: document.querySelector('.maplibregl-ctrl-attrib-inner')?.textContent ?? '',
				chart: document.querySelector('.caption:not(.keys)')?.textContent ?? ''
			});
			requestAnimationFrame(sample);
		};
		requestAnimationFrame(sample);
	});
	const camera = () => page.evaluate(() => window.__talksAtlas!.map.getCenter().toArray());
	const track = (await page.getByTestId('date-slider').boundingBox())!;
	const band = (await page.locator('.talks-band').boundingBox())!;
	const y = track.y + track.height / 2;
	const [from, to] = [band.x + band.width * 0.2, band.x + band.width * 0.7];
	await page.mouse.move(from, y);
	await page.mouse.down();
	const before = await camera();
	for (let i = 1; i <= 30; i++) {
		await page.mouse.move(from + ((to - from) * i) / 30, y);
		await page.waitForTimeout(30);
	}
	// The drag passed milestones, but the map stayed where it was.
	expect(await camera()).toEqual(before);
	await page.mouse.up();
	await page.waitForFunction(() => window.__talksAtlas!.drawnBy === 'maplibre', null, {
		timeout: 10_000
	});
	const seen = await page.evaluate(() => (window as unknown as { __seen: Seen[] }).__seen);
	const onOverlay = new Set(seen.filter((s) => s.by === 'drag-overlay').map((s) => s.day));
	expect(onOverlay.size).toBeGreaterThan(10);
	const formatted = (day: string) =>
		new Date(`${day}T00:00:00Z`).toLocaleDateString('en-GB', {
			day: 'numeric',
			month: 'long',
			year: 'numeric',
			timeZone: 'UTC'
		});
	const wrong = seen.filter(
		(s) =>
			s.day &&
			(!s.legend.includes(formatted(s.day)) ||
				!s.credit.includes('ISW') ||
				!s.chart.includes('ISW'))
	);
	expect(wrong).toEqual([]);
	// The URL ends on the day the map shows, and MapLibre's features carry it.
	const last = await page.evaluate(() => window.__talksAtlas!.drawnDay);
	await expect(page).toHaveURL(new RegExp(`date=${last}`));
	const dates = await page.evaluate(() =>
		window
			.__talksAtlas!.map.queryRenderedFeatures({ layers: ['front-control'] })
			.map((f) => f.properties.date)
	);
	expect(new Set(dates)).toEqual(new Set([last]));
	expect(errors).toEqual([]);
});

test.describe('on a screen with two device pixels to a CSS pixel', () => {
	test.use({ deviceScaleFactor: 2 });

	test('the drag overlay lines up with the map’s own drawing of the same day', async ({ page }) => {
		const errors = watchErrors(page);
		await openPrepared(page, '2022-03-20', 5);
		const map = page.getByTestId('map');
		const shot = async () => (await loadImage(await map.screenshot())) as unknown as Image;
		const track = (await page.getByTestId('date-slider').boundingBox())!;
		const thumb = (await page.locator('.thumb').boundingBox())!;
		const y = track.y + track.height / 2;
		const x = thumb.x + thumb.width / 2;
		// Hold a drag a little to the right (a day or two, before the 25 March milestone).
		await page.mouse.move(x, y);
		await page.mouse.down();
		await page.mouse.move(x + 3, y);
		await page.mouse.move(x + 6, y);
		await page.waitForFunction(() => window.__talksAtlas!.drawnBy === 'drag-overlay');
		const day = await page.evaluate(() => window.__talksAtlas!.drawnDay);
		expect(day! > '2022-03-20' && day! < '2022-03-25').toBe(true);
		await page.waitForTimeout(300);
		const overlay = await shot();
		await page.mouse.up();
		await page.waitForFunction(
			(day) => {
				const hook = window.__talksAtlas!;
				return hook.drawnBy === 'maplibre' && hook.drawnDay === day && hook.map.loaded();
			},
			day,
			{ timeout: 10_000 }
		);
		await page.waitForTimeout(300);
		const maplibre = await shot();
		await hideFrontLayers(page);
		await page.waitForTimeout(500);
		const none = await shot();
		const frontLines = blockDifference(maplibre, none);
		expect(frontLines).toBeGreaterThan(0.01);
		// Drawn at the wrong scale or place, the overlay would differ from MapLibre's lines about as
		// much as the lines themselves; it sits above the labels, so a few blocks differ anyway.
		expect(blockDifference(overlay, maplibre)).toBeLessThan(frontLines * 0.25);
		expect(errors).toEqual([]);
	});
});

/** Share of 8 × 8 blocks whose mean colour differs clearly between two same-size images. */
function blockDifference(a: Image, b: Image): number {
	const pixels = (image: Image) => {
		const canvas = createCanvas(image.width, image.height);
		const context = canvas.getContext('2d');
		context.drawImage(image, 0, 0);
		return context.getImageData(0, 0, image.width, image.height).data;
	};
	const [x, y] = [pixels(a), pixels(b)];
	const [w, h] = [a.width, a.height];
	let differing = 0;
	let blocks = 0;
	for (let by = 0; by + 8 <= h; by += 8) {
		for (let bx = 0; bx + 8 <= w; bx += 8) {
			const sums = [0, 0, 0, 0, 0, 0];
			for (let py = by; py < by + 8; py++) {
				for (let px = bx; px < bx + 8; px++) {
					const i = (py * w + px) * 4;
					for (let c = 0; c < 3; c++) {
						sums[c] += x[i + c];
						sums[c + 3] += y[i + c];
					}
				}
			}
			blocks++;
			if ([0, 1, 2].some((c) => Math.abs(sums[c] - sums[c + 3]) / 64 > 16)) differing++;
		}
	}
	return differing / blocks;
}
