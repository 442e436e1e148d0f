import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

const TILES = '**/data/tiles/basemap/**';

test('a map whose code failed to load can be loaded again', async ({ page }) => {
	// The map's chunk is the file that starts MapLibre's worker (as in code-size.e2e.ts).
	let failing = true;
	await page.route('**/_app/immutable/**/*.js', (route) => {
		const path = new URL(route.request().url()).pathname;
		const mapChunk = readFileSync(`build${path}`, 'utf8').includes('maplibre-gl-worker');
		return failing && mapChunk ? route.abort() : route.continue();
	});
	await page.goto('/?date=2022-03-29');
	const alert = page.getByRole('alert').filter({ hasText: 'map could not be drawn' });
	await expect(alert).toContainText('The map could not be drawn.');
	// The reason in the page's words, not the browser's ("Failed to fetch dynamically imported…").
	await expect(alert).toContainText('Reason: no answer — offline?');
	await expect(page.locator('[data-status]')).toHaveAttribute('data-status', 'failed');
	// Nothing to save while there is no map.
	await expect(page.getByTestId('export-png')).toHaveCount(0);
	failing = false;
	// The browser keeps a module it failed to load as failed: Try again reloads the page, which
	// keeps its state in its URL.
	await alert.getByRole('button', { name: 'Try again' }).click();
	await expect(page.locator('[data-status]')).toHaveAttribute('data-status', 'ready', {
		timeout: 30_000
	});
	await expect(page).toHaveURL(/date=2022-03-29/);
	await expect(alert).toHaveCount(0);
	await expect(page.getByTestId('export-png')).toBeVisible();
});

test('basemap tiles that are not there (404) give a message and keep the venues usable', async ({
	page
}) => {
	// MapLibre loads a tile answered with a 404 as an empty one, without a word: the map's own
	// check after its first frame tells (src/lib/map/basemap-watch.ts).
	await page.route(TILES, (route) => route.fulfill({ status: 404 }));
	await page.goto('/');
	await expect(page.getByRole('alert')).toContainText(
		'The basemap could not be loaded (its tiles were not found under /data/tiles/basemap)'
	);
	await page.locator('.panel [data-venue-id="bucha"]').click();
	await expect(page.getByTestId('venue-details')).toContainText('Zelensky visited');
});

test('a corrupt basemap tile is reported, and the rest of the map drawn', async ({ page }) => {
	// A length-delimited field that runs past the end: not a vector tile.
	const garbage = Buffer.from([0x1a, 0xff, 0xff, 0xff, 0x0f, 0x01]);
	await page.route(TILES, (route) =>
		route.fulfill({ status: 200, contentType: 'application/x-protobuf', body: garbage })
	);
	await page.goto('/?date=2022-03-29');
	await expect(page.getByRole('alert')).toContainText('The basemap could not be loaded (');
	await expect(page.locator('[data-status]')).toHaveAttribute('data-status', 'error');
	await expect
		.poll(() => page.evaluate(() => window.__talksAtlas?.drawnDay ?? null), { timeout: 30_000 })
		.toBe('2022-03-29');
});

test('basemap tiles that failed can be fetched again without a reload (F11)', async ({ page }) => {
	let failing = true;
	await page.route(TILES, (route) => (failing ? route.abort() : route.continue()));
	await page.goto('/?date=2022-03-29');
	const alert = page.getByRole('alert').filter({ hasText: 'basemap could not be loaded' });
	await expect(alert).toContainText('Part of the map could not be drawn.');
	await expect(alert).toContainText('The basemap could not be loaded (no answer — offline?)');
	failing = false;
	await alert.getByRole('button', { name: 'Try again' }).click();
	await expect(alert).toHaveCount(0);
	await expect(page.locator('[data-status]')).toHaveAttribute('data-status', 'ready');
	await expect
		.poll(
			() =>
				page.evaluate(
					() =>
						window.__talksAtlas!.map.querySourceFeatures('basemap', { sourceLayer: 'basemap' })
							.length
				),
			{ timeout: 30_000 }
		)
		.toBeGreaterThan(0);
	// And it stays away: the tiles came.
	await page.waitForTimeout(500);
	await expect(alert).toHaveCount(0);
});

test('in Ukrainian, a part of the map that failed is told in Ukrainian, not in MapLibre’s words', async ({
	page
}) => {
	await page.route(TILES, (route) => route.abort());
	await page.goto('/uk?date=2022-03-29');
	const alert = page.getByRole('alert').filter({ hasText: 'основу карти' });
	await expect(alert).toContainText(
		'Не вдалося завантажити основу карти (немає відповіді — немає мережі?); місця переговорів і далі перелічено поруч із картою.'
	);
	await expect(alert).not.toContainText(/AJAXError|Failed to fetch|http/);
	await expect(alert.getByRole('button', { name: 'Спробувати ще раз' })).toBeVisible();
});

test('on a phone, the message about the map is not covered by the chips over it', async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.route(TILES, (route) => route.abort());
	// In Ukrainian the chips take two rows at this width.
	await page.goto('/uk?date=2022-03-29');
	const alert = page.getByRole('alert').filter({ hasText: 'основу карти' });
	await expect(alert).toBeVisible();
	const box = (await alert.boundingBox())!;
	const chips = await page
		.locator('.overlays > *')
		.evaluateAll((elements) =>
			elements.map((element) => element.getBoundingClientRect().toJSON() as DOMRect)
		);
	expect(chips.length).toBeGreaterThan(0);
	for (const chip of chips) {
		const apart =
			chip.bottom <= box.y ||
			chip.top >= box.y + box.height ||
			chip.right <= box.x ||
			chip.left >= box.x + box.width;
		expect(apart, `a chip at ${chip.top}–${chip.bottom} px over the message`).toBe(true);
	}
});

test.describe('the story’s content file (/data/content.json)', () => {
	test('missing or stale, the atlas runs on the bundled copy', async ({ page }) => {
		const warnings: string[] = [];
		page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
		for (const answer of [
			{ status: 500 },
			{ status: 200, contentType: 'application/json', body: '{"version":"0","milestones":[]}' }
		]) {
			await page.unroute('**/data/content.json');
			await page.route('**/data/content.json', (route) => route.fulfill(answer));
			await page.goto('/?milestone=istanbul-communique');
			await expect(page.locator('[data-status]')).toHaveAttribute('data-status', 'ready', {
				timeout: 30_000
			});
			await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText(
				'Istanbul: the communiqué on security guarantees'
			);
			// The scrubber carries the milestones: ] goes on to the next one.
			await page.getByRole('slider', { name: 'Date' }).focus();
			await page.keyboard.press(']');
			await expect(page).toHaveURL(/milestone=(?!istanbul-communique)/);
		}
		expect(warnings.join('\n')).toContain('/data/content.json: HTTP 500');
		expect(warnings.join('\n')).toContain('/data/content.json is of version 0');
	});

	/** No content file and no bundled copy of it. */
	async function withoutContent(page: Page) {
		await page.route('**/data/content.json', (route) => route.abort());
		await page.route('**/_app/immutable/**/*.js', async (route) => {
			const response = await route.fetch();
			const body = await response.text();
			// The chunk holding the content as written (the venues' data names this place).
			if (body.includes('Petrykaw district')) return route.abort();
			return route.fulfill({ response, body });
		});
	}

	test('neither the file nor the bundled copy: the page says so and stays readable', async ({
		page
	}) => {
		await withoutContent(page);
		await page.goto('/');
		await expect(page.getByRole('alert')).toContainText(
			'The story’s content or the page’s text could not be loaded (no answer — offline?)'
		);
		// The prerendered page is still there to read.
		await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText(
			'Russia invades Ukraine'
		);
	});

	test('a Ukrainian page without it says so in Ukrainian', async ({ page }) => {
		// Not a UI message: the text that failed to load could have been the page's Ukrainian.
		await withoutContent(page);
		await page.goto('/uk');
		await expect(page.getByRole('alert').filter({ hasText: 'вміст історії' })).toHaveText(
			'Не вдалося завантажити вміст історії або текст сторінки (немає відповіді — немає мережі?). Сторінка нижче не реагує; перезавантажте її, коли з’явиться мережа.'
		);
	});
});

test.describe('without a service worker (so every request is seen)', () => {
	test.use({ serviceWorkers: 'block' });

	/**
	 * Opens the atlas; from then on no script or stylesheet comes (as offline), so the next piece
	 * asked for fails, on its stylesheet first where it has one.
	 */
	async function openThenBlockScripts(page: Page, url: string) {
		await page.goto(url);
		await expect(page.locator('[data-status]')).toHaveAttribute('data-status', 'ready', {
			timeout: 30_000
		});
		await page.route('**/_app/immutable/**/*.{js,css}', (route) => route.abort());
	}

	test('the share dialog, loaded when first asked for, says so if it cannot come; the atlas goes on', async ({
		page
	}) => {
		await openThenBlockScripts(page, '/?date=2022-03-29');
		await page.getByRole('button', { name: 'Share / embed' }).click();
		const alert = page
			.getByRole('alert')
			.filter({ hasText: 'The share dialog could not be loaded' });
		// In the page's words, not the browser's or Vite's ("Unable to preload CSS for …").
		await expect(alert).toHaveText(
			'The share dialog could not be loaded (no answer — offline?). Reload the page to try again.'
		);
		await expect(page.getByTestId('share-dialog')).toHaveCount(0);
		const slider = page.getByTestId('date-slider');
		const before = Number(await slider.getAttribute('aria-valuenow'));
		await slider.focus();
		await page.keyboard.press('ArrowRight');
		await expect(slider).toHaveAttribute('aria-valuenow', String(before + 1));
	});

	test('the treaty panel, loaded when the layers are first shown, says so if it cannot come; the layer still draws', async ({
		page
	}) => {
		await openThenBlockScripts(page, '/?date=2022-05-10');
		const menu = page.getByTestId('layer-menu');
		await menu.locator('summary').click();
		await menu.getByRole('checkbox', { name: /Crimea and excluded areas/ }).check();
		await expect(
			page.getByRole('status').filter({ hasText: 'What was on the table could not be loaded' })
		).toContainText('(no answer — offline?)');
		await expect(page.getByTestId('treaty-panel')).toHaveCount(0);
		await page.waitForFunction(
			() => {
				const map = window.__talksAtlas?.map;
				return (
					!!map?.getLayer('treaty-crimea') &&
					map.getPaintProperty('treaty-crimea', 'line-layer-opacity') === 1
				);
			},
			null,
			{ timeout: 30_000 }
		);
	});
});
