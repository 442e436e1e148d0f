import { expect, test } from '@playwright/test';
import { VENUE_DATA as VENUES } from '../../src/lib/content/data/venues';
import { chapterVenueIds } from '../../src/lib/story/chapters';
import { featuresNear, openAtlas, project, watchErrors } from './helpers';

const KYIV: [number, number] = [30.5234, 50.4501];

test('the map reaches idle with no page or console errors', async ({ page }) => {
	const errors = watchErrors(page);
	await openAtlas(page);
	// Not read at once: after the first idle the world basemap may be loading its tiles.
	await page.waitForFunction(() => window.__talksAtlas!.map.loaded(), null, { timeout: 30_000 });
	expect(errors).toEqual([]);
});

test('MapLibre draws no frame before the basemap’s first tile, and draws again after it', async ({
	page
}) => {
	await openAtlas(page);
	// The hold reaches into MapLibre's private renderer: this fails if a new version moved it.
	const hold = await page.evaluate(() => window.__talksAtlas!.frameHold);
	expect(hold.installed).toBe(true);
	// Ended by the basemap's tile, not the front lines' or the venues' (cut first), nor a timeout.
	expect(hold.endedBy).toBe('basemap');
	// The style's own load asks for frames long before the worker has cut a tile.
	expect(hold.held).toBeGreaterThan(0);
	// After it, a repaint draws: the GL context is cleared and drawn into again.
	const draws = await page.evaluate(async () => {
		const map = window.__talksAtlas!.map;
		const gl = map.painter.context.gl;
		let calls = 0;
		const draw = gl.drawElements.bind(gl);
		gl.drawElements = (...args: Parameters<typeof gl.drawElements>) => {
			calls++;
			draw(...args);
		};
		map.triggerRepaint();
		await new Promise((resolve) => map.once('render', resolve));
		gl.drawElements = draw;
		return calls;
	});
	expect(draws).toBeGreaterThan(0);
});

test('land, borders and oblasts are drawn at Kyiv', async ({ page }) => {
	await openAtlas(page);
	const atKyiv = await featuresNear(page, KYIV, ['land', 'oblasts-fill'], 1);
	expect(atKyiv.map((f) => f.layer)).toEqual(expect.arrayContaining(['land', 'oblasts-fill']));
	const oblast = atKyiv.find((f) => f.layer === 'oblasts-fill');
	expect(['UA-30', 'UA-32']).toContain(oblast?.properties.id);
	// The Belarusian border runs about 90 km north of Kyiv.
	const borders = await featuresNear(page, KYIV, ['borders'], 60);
	expect(borders.some((f) => f.properties.ukraine === true)).toBe(true);
	const oblastLines = await featuresNear(page, KYIV, ['oblast-lines'], 30);
	expect(oblastLines.length).toBeGreaterThan(0);
});

test('Crimea is drawn as Ukrainian territory occupied since 2014, not as Russia', async ({
	page
}) => {
	await openAtlas(page);
	const simferopol: [number, number] = [34.1, 44.95];
	const features = await featuresNear(page, simferopol, ['oblasts-fill', 'occupied-2014-fill'], 1);
	expect(features.find((f) => f.layer === 'oblasts-fill')?.properties.id).toBe('UA-43');
	expect(features.find((f) => f.layer === 'occupied-2014-fill')?.properties.since).toBe(2014);
});

test('every venue of the chapter is drawn at its coordinates, with a focusable marker; the others are not drawn', async ({
	page
}) => {
	await openAtlas(page);
	const shown = new Set(chapterVenueIds(VENUES, 'spring-2022'));
	for (const venue of VENUES.filter((v) => !shown.has(v.id))) {
		await expect(page.locator(`.venue-marker[data-venue-id="${venue.id}"]`)).toBeHidden();
	}
	const drawnIds = await page.evaluate(() =>
		window
			.__talksAtlas!.map.queryRenderedFeatures({ layers: ['venues'] })
			.map((f) => f.properties.id as string)
	);
	// Nothing outside the chapter is drawn.
	expect(drawnIds.filter((id) => !shown.has(id))).toEqual([]);
	for (const venue of VENUES.filter((v) => shown.has(v.id))) {
		const drawn = await featuresNear(page, venue.lonLat, ['venues'], 2);
		expect(
			drawn.map((f) => f.properties.id),
			venue.id
		).toContain(venue.id);
		const marker = page.locator(`.venue-marker[data-venue-id="${venue.id}"]`);
		// Venues whose buttons would overlap at this zoom share the first one's button.
		const group = (await marker.getAttribute('data-group'))?.split(' ').filter(Boolean) ?? [];
		if (group.length > 1 && group[0] !== venue.id) {
			await expect(marker).toBeHidden();
			continue;
		}
		expect(await marker.getAttribute('aria-label'), venue.id).toMatch(
			new RegExp(`^${venue.name.replace(/[()]/g, '\\$&')}`)
		);
		const box = (await marker.boundingBox())!;
		const at = await project(page, venue.lonLat);
		const canvas = (await page.locator('.maplibregl-canvas').boundingBox())!;
		expect(Math.abs(box.x + box.width / 2 - (canvas.x + at.x)), venue.id).toBeLessThan(2);
		expect(Math.abs(box.y + box.height / 2 - (canvas.y + at.y)), venue.id).toBeLessThan(2);
	}
});

test('venues too close to tap apart share a button that zooms in until each has its own', async ({
	page
}) => {
	await openAtlas(page);
	const kyiv = page.locator('.venue-marker[data-venue-id="kyiv"]');
	const bucha = page.locator('.venue-marker[data-venue-id="bucha"]');
	// At the first view Kyiv and Bucha (25 km apart) are a few pixels apart.
	await expect(kyiv).toHaveAttribute('aria-label', /^Kyiv and Bucha: 2 venues close together/);
	await expect(bucha).toBeHidden();
	const zoom = await page.evaluate(() => window.__talksAtlas!.map.getZoom());
	await kyiv.click();
	await expect(bucha).toBeVisible();
	expect(await page.evaluate(() => window.__talksAtlas!.map.getZoom())).toBeGreaterThan(zoom + 1);
	await expect(kyiv).toHaveAttribute('aria-label', /^Kyiv:/);
	const [a, b] = [(await kyiv.boundingBox())!, (await bucha.boundingBox())!];
	expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(28);
	// Now each opens its own venue.
	await bucha.click();
	await expect(page.getByTestId('venue-details')).toContainText('Bucha');
});

test('the approximate first venue has an uncertainty halo', async ({ page }) => {
	await openAtlas(page);
	const liaskavichy = VENUES.find((v) => v.id === 'liaskavichy')!;
	const halo = await featuresNear(page, liaskavichy.lonLat, ['venue-halo'], 1);
	expect(halo.map((f) => f.properties.id)).toEqual(['liaskavichy']);
});

test('the page makes no request to any origin but its own', async ({ page, baseURL }) => {
	const foreign: string[] = [];
	const origin = new URL(baseURL!).origin;
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) foreign.push(url.href);
	});
	await openAtlas(page);
	await page.locator('.venue-marker[data-venue-id="istanbul-dolmabahce"]').click();
	await page.goto('/about');
	await expect(page.getByRole('heading', { name: 'About Talks Atlas' })).toBeVisible();
	expect(foreign).toEqual([]);
});
