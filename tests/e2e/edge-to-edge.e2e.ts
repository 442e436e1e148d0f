import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { openAtlas, settled } from './helpers';

/**
 * Waits until the low-detail world around the region is drawn, or is not needed yet: it loads
 * only once a view reaches past the region (a tall phone's first view may not). Returns which.
 */
async function worldSettled(page: Page) {
	await page.waitForFunction(
		() => {
			const hook = window.__talksAtlas;
			if (!hook || hook.world === 'loading') return false;
			return (
				hook.world === 'not-needed-yet' ||
				hook.map.getPaintProperty('outside-data', 'fill-layer-opacity') === 0
			);
		},
		null,
		{ timeout: 30_000 }
	);
	await settled(page);
	return page.evaluate(() => window.__talksAtlas!.world);
}

/** Whether the world's land is drawn anywhere on a 9 × 9 grid over the map. */
async function worldLandInView(page: Page) {
	return page.evaluate(() => {
		const map = window.__talksAtlas!.map;
		const canvas = map.getCanvas();
		for (let i = 0; i < 9; i++) {
			for (let j = 0; j < 9; j++) {
				const point: [number, number] = [
					((i + 0.5) / 9) * canvas.clientWidth,
					((j + 0.5) / 9) * canvas.clientHeight
				];
				if (map.queryRenderedFeatures(point, { layers: ['world-land'] }).length) return true;
			}
		}
		return false;
	});
}

/**
 * What the map draws at its four corners and the middle of each edge: the colour of the pixel
 * (read from the frame drawn), the latitude, and the basemap's features there.
 */
async function edges(page: Page) {
	return page.evaluate(async () => {
		const map = window.__talksAtlas!.map;
		const canvas = map.getCanvas();
		const [w, h] = [canvas.clientWidth, canvas.clientHeight];
		const ratio = canvas.width / w;
		const points: [number, number][] = [
			[2, 2],
			[w / 2, 2],
			[w - 2, 2],
			[w - 2, h / 2],
			[w - 2, h - 2],
			[w / 2, h - 2],
			[2, h - 2],
			[2, h / 2]
		];
		const colours = await new Promise<number[][]>((resolve) => {
			map.once('render', () => {
				const gl = canvas.getContext('webgl2')!;
				resolve(
					points.map(([x, y]) => {
						const pixel = new Uint8Array(4);
						const [px, py] = [Math.floor(x * ratio), Math.floor(canvas.height - y * ratio)];
						gl.readPixels(px, py, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
						return [...pixel.slice(0, 3)];
					})
				);
			});
			map.triggerRepaint();
		});
		return points.map(([x, y], i) => ({
			at: [Math.round(x), Math.round(y)],
			colour: colours[i],
			lat: map.unproject([x, y]).lat,
			layers: [
				...new Set(
					map
						.queryRenderedFeatures([x, y], {
							layers: ['outside-data', 'world-land', 'land', 'detail-box']
						})
						.map((f) => f.layer.id)
				)
			]
		}));
	});
}

async function expectDrawnToTheEdges(
	page: Page,
	testInfo: TestInfo,
	name: string,
	{ worldRequired }: { worldRequired: boolean }
) {
	const world = await worldSettled(page);
	if (worldRequired) expect(world).toBe('drawn');
	const path = testInfo.outputPath(`${name}.png`);
	await page.screenshot({ path });
	await testInfo.attach(name, { path, contentType: 'image/png' });
	const found = await edges(page);
	for (const point of found) {
		// Never the neutral band beyond the data, and always latitudes the world basemap covers.
		expect(isFrameColour(point.colour), JSON.stringify(point)).toBe(false);
		expect(point.lat, JSON.stringify(point)).toBeGreaterThan(-58.5);
		expect(point.lat, JSON.stringify(point)).toBeLessThan(83.7);
	}
	// Once loaded, the world's land is drawn beyond the detailed region.
	if (world === 'drawn') expect(await worldLandInView(page)).toBe(true);
}

/** The light theme's neutral band beyond the detailed data (PALETTE.outsideData, #e9e6df). */
const isFrameColour = ([r, g, b]: number[]) =>
	Math.abs(r - 0xe9) <= 2 && Math.abs(g - 0xe6) <= 2 && Math.abs(b - 0xdf) <= 2;

// Up to 3840 × 2160, and the extreme aspects: 32:9 (3840 × 1080) and 9:21 (360 × 840).
for (const viewport of [
	{ width: 1280, height: 800 },
	{ width: 2560, height: 1080 },
	{ width: 360, height: 640 },
	{ width: 3840, height: 2160 },
	{ width: 3840, height: 1080 },
	{ width: 360, height: 840 }
]) {
	test.describe(`at ${viewport.width}×${viewport.height}`, () => {
		test.use({ viewport });

		test('the map is drawn to every edge, the world around the detailed region', async ({
			page
		}, testInfo) => {
			await openAtlas(page, '/?date=2022-03-29');
			await expectDrawnToTheEdges(page, testInfo, `edges-${viewport.width}x${viewport.height}`, {
				worldRequired: false
			});
			// Zoomed out as far as it goes, the edges are still drawn.
			await page.evaluate(() => window.__talksAtlas!.map.jumpTo({ zoom: 0 }));
			await expectDrawnToTheEdges(
				page,
				testInfo,
				`edges-zoomed-out-${viewport.width}x${viewport.height}`,
				{ worldRequired: true }
			);
		});
	});
}

test.describe('in present mode at 1920×1080', () => {
	test.use({ viewport: { width: 1920, height: 1080 } });

	test('the map is drawn to every edge', async ({ page }, testInfo) => {
		await openAtlas(page, '/?mode=present&milestone=istanbul-communique');
		await expectDrawnToTheEdges(page, testInfo, 'edges-present-1920x1080', {
			worldRequired: true
		});
	});
});

test('the band beyond the data stays in every frame until the world’s tiles are in', async ({
	page
}) => {
	// Every frame from the map's load (the world is asked for at its first idle, after it):
	// whether the band was drawn and the world's tiles were in.
	await page.addInitScript(() => {
		const frames: BandFrame[] = [];
		window.__bandFrames = frames;
		// Listens as the hook is set (at the map's load, before the world is asked for): a timer
		// polling for it can run late on a slow machine, after the world is already in.
		let hook: Window['__talksAtlas'];
		Object.defineProperty(window, '__talksAtlas', {
			configurable: true,
			get: () => hook,
			set(value: Window['__talksAtlas']) {
				hook = value;
				value?.map.on('render', () =>
					frames.push({
						band: value.map.getPaintProperty('outside-data', 'fill-layer-opacity'),
						worldIn: value.map.isSourceLoaded('world'),
						state: value.world
					})
				);
			}
		});
	});
	await openAtlas(page, '/?date=2022-03-29');
	expect(await worldSettled(page)).toBe('drawn');
	const frames = await page.evaluate(() => window.__bandFrames!);
	// The world was loading in some of them, and the band went: the check saw the hand-over.
	expect(frames).toContainEqual(expect.objectContaining({ state: 'loading', worldIn: false }));
	const handOver = frames.findIndex((f) => f.band === 0);
	expect(handOver).toBeGreaterThan(0);
	// The first frame without the band has the world's tiles in: none before it left bare sea.
	// (Later frames may ask for more of the world's tiles as the camera moves, as any source
	// does; MapLibre draws the tiles it has meanwhile, so only the hand-over is the atlas's.)
	expect(frames[handOver]).toMatchObject({ band: 0, worldIn: true });
});

interface BandFrame {
	band: unknown;
	worldIn: boolean;
	state: string;
}

declare global {
	interface Window {
		__bandFrames?: BandFrame[];
	}
}

test.describe('without the world’s tiles', () => {
	// 500: the server fails; 404: they are missing (MapLibre takes those for empty tiles).
	for (const status of [500, 404]) {
		test(`the region keeps its frame, and the reader is told (${status})`, async ({ page }) => {
			await page.route('**/data/tiles/world/**', (route) => route.fulfill({ status }));
			await openAtlas(page, '/?date=2022-03-29');
			await expect(page.locator('body')).toContainText('The world around the region could not be');
			expect(await page.evaluate(() => window.__talksAtlas!.world)).toBe('failed');
			// The pixel check above sees the band where it is drawn: at this size the first view
			// reaches past the data on its left and right.
			const found = await edges(page);
			expect(found.some((point) => isFrameColour(point.colour))).toBe(true);
			expect(
				await page.evaluate(() =>
					window.__talksAtlas!.map.getPaintProperty('outside-data', 'fill-layer-opacity')
				)
			).toBe(1);
		});
	}

	test('far from the region, where no basemap tile is, the band’s colour stands in', async ({
		page
	}) => {
		await page.route('**/data/tiles/world/**', (route) => route.fulfill({ status: 500 }));
		// Riyadh is beyond the basemap's tiles (they end at 29° N): none is asked for there.
		await openAtlas(page, '/?milestone=riyadh-us-russia');
		await expect(page.locator('body')).toContainText('The world around the region could not be');
		await page.waitForFunction(() => !window.__talksAtlas!.map.isMoving());
		const found = await edges(page);
		const beyond = found.filter((point) => point.lat < 29);
		expect(beyond.length, JSON.stringify(found)).toBeGreaterThan(0);
		// Not the sea's colour, which would pass the desert for water.
		for (const point of beyond)
			expect(isFrameColour(point.colour), JSON.stringify(point)).toBe(true);
	});
});
