import { expect, test } from '@playwright/test';
import { VENUE_DATA as VENUES } from '../../src/lib/content/data/venues';
import { chapterVenueIds } from '../../src/lib/story/chapters';
import { openAtlas, project } from './helpers';

const details = (page: import('@playwright/test').Page) => page.getByTestId('venue-details');

test('clicking a venue on the map opens its details, with sources', async ({ page }) => {
	await openAtlas(page);
	// (Dolmabahçe shares a button with Çırağan at the first view's zoom: a click there zooms in.)
	const venue = VENUES.find((v) => v.id === 'kamyanyuki')!;
	const at = await project(page, venue.lonLat);
	const canvas = (await page.locator('.maplibregl-canvas').boundingBox())!;
	await page.mouse.click(canvas.x + at.x, canvas.y + at.y);
	await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Kamyanyuki');
	await expect(details(page)).toContainText('3 March 2022');
	await expect(details(page)).toContainText('Foreign Affairs');
	// Ask the renderer which venue is drawn as selected, not the state we wrote.
	await expect
		.poll(() =>
			page.evaluate(() =>
				window
					.__talksAtlas!.map.queryRenderedFeatures({
						layers: ['venue-selected', 'venue-selected-dot']
					})
					.map((f) => `${f.layer.id} ${f.properties.id}`)
					.sort()
			)
		)
		.toEqual(['venue-selected kamyanyuki', 'venue-selected-dot kamyanyuki']);
	await expect(page.locator('.venue-marker[aria-pressed="true"]')).toHaveAttribute(
		'data-venue-id',
		'kamyanyuki'
	);
});

test('a venue marker opens with the keyboard; Escape closes and restores focus', async ({
	page
}) => {
	await openAtlas(page);
	const marker = page.locator('.venue-marker[data-venue-id="liaskavichy"]');
	await marker.focus();
	await page.keyboard.press('Enter');
	const heading = details(page).getByRole('heading', { level: 2 });
	await expect(heading).toHaveText('Liaskavichy');
	await expect(heading).toBeFocused();
	await expect(details(page)).toContainText('Approximate');
	await expect(details(page)).toContainText('Lyakhavichy');
	await page.keyboard.press('Escape');
	await expect(details(page)).toHaveCount(0);
	await expect(page.locator('.panel [data-venue-id="liaskavichy"]')).toBeFocused();
});

test('the venue list opens the same details as the map', async ({ page }) => {
	await openAtlas(page);
	await page
		.locator('.panel')
		.getByRole('button', { name: /Kremlin, Moscow/ })
		.click();
	await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Kremlin, Moscow');
	await expect(details(page)).toContainText('5 March 2022');
	await details(page).getByRole('button', { name: 'All venues' }).click();
	await expect(page.getByRole('heading', { name: 'Where the talks met' })).toBeVisible();
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

	test('the first view shows every venue of the spring of 2022 inside the map', async ({
		page
	}) => {
		await openAtlas(page);
		const canvas = (await page.locator('.maplibregl-canvas').boundingBox())!;
		const spring = chapterVenueIds(VENUES, 'spring-2022');
		for (const venue of VENUES.filter((v) => spring.includes(v.id))) {
			const at = await project(page, venue.lonLat);
			expect(at.x, venue.id).toBeGreaterThan(0);
			expect(at.x, venue.id).toBeLessThan(canvas.width);
			expect(at.y, venue.id).toBeGreaterThan(0);
			expect(at.y, venue.id).toBeLessThan(canvas.height);
		}
		// The venues are in the bottom sheet, a tap away.
		await page.getByTestId('sheet-handle').tap();
		await expect(page.getByRole('heading', { name: 'Where the talks met' })).toBeVisible();
	});
});
