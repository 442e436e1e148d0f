/**
 * The map, the URL and the page agree: theme and present-mode sizes reach layers added later,
 * one drag is one history entry, the camera in the URL is where the map is, and the credit names
 * the assessment whose lines are drawn. (Bugs B1–B6 of the November 2026 review.)
 */
import { expect, test, type Page } from '@playwright/test';
import { DARK } from '../../src/lib/map/palette';
import { PRESENT_SCALE } from '../../src/lib/map/style-overrides';
import { openAtlas, settled } from './helpers';

const paint = (page: Page, layer: string, name: string): Promise<unknown> =>
	page.evaluate(
		([layer, name]) => window.__talksAtlas!.map.getPaintProperty(layer, name as never),
		[layer, name]
	);
const layout = (page: Page, layer: string, name: string): Promise<unknown> =>
	page.evaluate(
		([layer, name]) => window.__talksAtlas!.map.getLayoutProperty(layer, name as never),
		[layer, name]
	);
const hasLayer = (page: Page, layer: string) =>
	page.evaluate((layer) => !!window.__talksAtlas?.map.getLayer(layer), layer);

async function expectDarkTreatyLayers(page: Page) {
	await expect.poll(() => hasLayer(page, 'world-land'), { timeout: 20_000 }).toBe(true);
	await settled(page);
	expect(await paint(page, 'world-land', 'fill-color')).toBe(DARK.land);
	expect(await paint(page, 'world-data-box', 'fill-color')).toBe(DARK.sea);
	expect(await paint(page, 'treaty-guarantor-labels', 'text-halo-color')).toBe(DARK.labelHalo);
}

test('B1: treaty layers take the dark theme, from the URL and from the menu', async ({ page }) => {
	await openAtlas(page, '/?theme=dark&layers=guarantors');
	await expectDarkTreatyLayers(page);

	await openAtlas(page, '/?theme=dark&date=2022-04-20');
	await settled(page);
	const menu = page.getByTestId('layer-menu');
	await menu.locator('summary').click();
	await menu.getByRole('checkbox', { name: /Guarantor states/ }).check();
	await expectDarkTreatyLayers(page);
});

test('B2: present mode enlarges the treaty layers like the rest of the map', async ({ page }) => {
	const props = async () => ({
		outline: await paint(page, 'treaty-guarantor-outline', 'line-width'),
		labels: await layout(page, 'treaty-guarantor-labels', 'text-size'),
		front: await paint(page, 'front-line', 'line-width')
	});
	await openAtlas(page, '/?milestone=istanbul-communique');
	await expect
		.poll(() => hasLayer(page, 'treaty-guarantor-outline'), { timeout: 20_000 })
		.toBe(true);
	const screen = await props();

	await openAtlas(page, '/?milestone=istanbul-communique&mode=present');
	await expect
		.poll(() => hasLayer(page, 'treaty-guarantor-outline'), { timeout: 20_000 })
		.toBe(true);
	await settled(page);
	const present = await props();
	// Each is scaled by the same factor as the front line (numbers, or expressions' outputs).
	const numbers = (value: unknown) =>
		JSON.stringify(value)
			.match(/-?\d+(\.\d+)?/g)!
			.map(Number);
	for (const key of ['outline', 'labels', 'front'] as const) {
		const before = numbers(screen[key]);
		const after = numbers(present[key]);
		expect(after.length, key).toBe(before.length);
		const ratios = after.map((n, i) => (before[i] === 0 ? 1 : n / before[i]));
		expect(
			ratios.some((r) => Math.abs(r - PRESENT_SCALE) < 1e-6),
			`${key}: ${JSON.stringify(screen[key])} → ${JSON.stringify(present[key])}`
		).toBe(true);
	}
});

test('B3: one drag across many milestone marks adds one history entry; Back undoes the drag', async ({
	page
}) => {
	await openAtlas(page, '/?date=2022-02-25');
	const before = await page.evaluate(() => history.length);
	const slider = page.getByTestId('date-slider');
	const box = (await slider.boundingBox())!;
	const y = box.y + box.height / 2;
	await page.mouse.move(box.x + box.width * 0.02, y);
	await page.mouse.down();
	await page.mouse.move(box.x + box.width * 0.7, y, { steps: 80 });
	await page.mouse.up();
	await expect(page).not.toHaveURL(/date=2022-02-25/);
	const after = await page.evaluate(() => history.length);
	expect(after - before).toBeLessThanOrEqual(1);
	// The URL and the slider name the same day after the drag.
	const shown = await slider.getAttribute('aria-valuenow');
	await page.goBack();
	await expect(page).toHaveURL(/date=2022-02-25/);
	await expect(slider).toHaveAttribute('aria-valuetext', /^25 February 2022/);
	expect(shown).not.toBe(await slider.getAttribute('aria-valuenow'));
});

async function pan(page: Page) {
	const canvas = (await page.locator('.maplibregl-canvas').boundingBox())!;
	const cx = canvas.x + canvas.width / 2;
	const cy = canvas.y + canvas.height / 2;
	await page.mouse.move(cx, cy);
	await page.mouse.down();
	await page.mouse.move(cx - 220, cy + 120, { steps: 10 });
	await page.mouse.up();
	await expect(page).toHaveURL(/camera=/);
	await settled(page);
}

const centre = (page: Page) =>
	page.evaluate(() => {
		const map = window.__talksAtlas!.map;
		const { lng, lat } = map.getCenter();
		return [lng, lat, map.getZoom()];
	});

function cameraInUrl(page: Page): number[] | null {
	const value = new URL(page.url()).searchParams.get('camera');
	return value ? value.split(',').map(Number) : null;
}

test('B4: after Back, the map is where the URL’s camera says', async ({ page }) => {
	await openAtlas(page, '/?milestone=round-2-belarus');
	await settled(page);
	await pan(page);
	const panned = cameraInUrl(page)!;
	await page.getByTestId('date-slider').focus();
	await page.keyboard.press(']');
	await expect(page).not.toHaveURL(/camera=/);
	await settled(page);
	await page.goBack();
	await expect(page).toHaveURL(/camera=/);
	await settled(page);
	const [lng, lat, zoom] = await centre(page);
	const url = cameraInUrl(page)!;
	expect(url).toEqual(panned);
	expect(Math.abs(lng - url[0])).toBeLessThan(0.05);
	expect(Math.abs(lat - url[1])).toBeLessThan(0.05);
	expect(Math.abs(zoom - url[2])).toBeLessThan(0.05);
});

test('B5: stepping onto a milestone reframes the map and drops the old camera from the URL', async ({
	page
}) => {
	await openAtlas(page, '/?date=2022-03-27');
	await settled(page);
	await pan(page);
	const panned = cameraInUrl(page)!;
	await page.getByTestId('date-slider').focus();
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/milestone=istanbul-communique/);
	await expect(page).not.toHaveURL(/camera=/);
	await settled(page);
	const [lng, lat] = await centre(page);
	expect(Math.hypot(lng - panned[0], lat - panned[1])).toBeGreaterThan(0.5);
	// A copied link opens where the map is.
	const link = page.url();
	const copy = await page.context().newPage();
	await openAtlas(copy, link);
	await settled(copy);
	const [lng2, lat2] = await centre(copy);
	expect(Math.abs(lng2 - lng)).toBeLessThan(0.5);
	expect(Math.abs(lat2 - lat)).toBeLessThan(0.5);
});

test('B6: while the next assessment’s file loads, the credit stays with the map drawn', async ({
	page
}) => {
	let release: () => void = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route(/\/data\/frontlines\/liveuamap-2022[^/]*\.topo\.json$/, async (route) => {
		await held;
		await route.continue();
	});
	await openAtlas(page, '/?date=2022-11-30&source=isw');
	await settled(page);
	const credit = page.locator('.maplibregl-ctrl-attrib-inner');
	await expect(credit).toContainText('ISW');
	const drawnDates = () =>
		page.evaluate(() =>
			window
				.__talksAtlas!.map.queryRenderedFeatures({ layers: ['front-control'] })
				.map((f) => f.properties.date as string)
		);
	await page.getByTestId('date-slider').focus();
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/date=2022-12-01/);
	// The other file is still held: the map still shows ISW's 30 November, credited to ISW.
	await page.waitForTimeout(500);
	expect(new Set(await drawnDates())).toEqual(new Set(['2022-11-30']));
	await expect(credit).toContainText('ISW');
	await expect(credit).not.toContainText('liveuamap');
	release();
	await expect(credit).toContainText('liveuamap');
	await expect(credit).not.toContainText('ISW');
	await expect.poll(async () => (await drawnDates()).includes('2022-11-30')).toBe(false);
});

test('after the layer menu moves the map, a copied link opens where the map is', async ({
	page
}) => {
	await openAtlas(page, '/?milestone=bucha');
	await settled(page);
	const menu = page.getByTestId('layer-menu');
	await menu.locator('summary').click();
	await menu.getByRole('checkbox', { name: /Guarantor states/ }).check();
	await expect(page).toHaveURL(/camera=/, { timeout: 20_000 });
	await settled(page);
	const [lng, lat, zoom] = await centre(page);
	const copy = await page.context().newPage();
	await openAtlas(copy, page.url());
	await settled(copy);
	const [lng2, lat2, zoom2] = await centre(copy);
	expect(Math.abs(lng2 - lng)).toBeLessThan(0.5);
	expect(Math.abs(lat2 - lat)).toBeLessThan(0.5);
	expect(Math.abs(zoom2 - zoom)).toBeLessThan(0.1);
});
