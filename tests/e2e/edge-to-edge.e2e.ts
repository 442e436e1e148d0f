import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { openAtlas, settled } from './helpers';

/** Waits until the low-detail world is drawn around the region (it loads after first idle). */
async function worldDrawn(page: Page) {
	await page.waitForFunction(
		() => window.__talksAtlas?.map.getLayoutProperty('outside-data', 'visibility') === 'none',
		null,
		{ timeout: 30_000 }
	);
	await settled(page);
}

/** What the map draws at its four corners and the middle of each edge. */
async function edges(page: Page) {
	return page.evaluate(() => {
		const map = window.__talksAtlas!.map;
		const canvas = map.getCanvas();
		const [w, h] = [canvas.clientWidth, canvas.clientHeight];
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
		return points.map(([x, y]) => ({
			at: [Math.round(x), Math.round(y)],
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

async function expectDrawnToTheEdges(page: Page, testInfo: TestInfo, name: string) {
	await worldDrawn(page);
	const path = testInfo.outputPath(`${name}.png`);
	await page.screenshot({ path });
	await testInfo.attach(name, { path, contentType: 'image/png' });
	const found = await edges(page);
	for (const point of found) {
		// Never the neutral band beyond the data, and always latitudes the world basemap covers.
		expect(point.layers, JSON.stringify(point)).not.toContain('outside-data');
		expect(point.lat, JSON.stringify(point)).toBeGreaterThan(-58.5);
		expect(point.lat, JSON.stringify(point)).toBeLessThan(83.7);
	}
	// Some edge lies over the world's land beyond the detailed region.
	expect(found.some((p) => p.layers.includes('world-land'))).toBe(true);
}

for (const viewport of [
	{ width: 1280, height: 800 },
	{ width: 2560, height: 1080 },
	{ width: 360, height: 640 }
]) {
	test.describe(`at ${viewport.width}×${viewport.height}`, () => {
		test.use({ viewport });

		test('the map is drawn to every edge, the world around the detailed region', async ({
			page
		}, testInfo) => {
			await openAtlas(page, '/?date=2022-03-29');
			await expectDrawnToTheEdges(page, testInfo, `edges-${viewport.width}x${viewport.height}`);
			// Zoomed out as far as it goes, the edges are still drawn.
			await page.evaluate(() => window.__talksAtlas!.map.jumpTo({ zoom: 0 }));
			await expectDrawnToTheEdges(
				page,
				testInfo,
				`edges-zoomed-out-${viewport.width}x${viewport.height}`
			);
		});
	});
}

test.describe('in present mode at 1920×1080', () => {
	test.use({ viewport: { width: 1920, height: 1080 } });

	test('the map is drawn to every edge', async ({ page }, testInfo) => {
		await openAtlas(page, '/?mode=present&milestone=istanbul-communique');
		await expectDrawnToTheEdges(page, testInfo, 'edges-present-1920x1080');
	});
});

test.describe('without the world file', () => {
	test('the region keeps its frame, and the reader is told', async ({ page }) => {
		await page.route('**/data/world.topo.json', (route) => route.fulfill({ status: 500 }));
		await openAtlas(page, '/?date=2022-03-29');
		await expect(page.getByRole('status').or(page.getByRole('alert')).first()).toBeVisible();
		await expect(page.locator('body')).toContainText('The world around the region could not be');
		expect(
			await page.evaluate(() =>
				window.__talksAtlas!.map.getLayoutProperty('outside-data', 'visibility')
			)
		).not.toBe('none');
	});
});
