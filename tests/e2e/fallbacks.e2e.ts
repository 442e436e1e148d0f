import { expect, test } from '@playwright/test';

test('a basemap file that fails to load gives a message and keeps the venues usable', async ({
	page
}) => {
	await page.route('**/data/basemap.topo.json', (route) => route.fulfill({ status: 404 }));
	await page.goto('/');
	await expect(page.getByRole('alert')).toContainText('basemap.topo.json: HTTP 404');
	await page.locator('.panel [data-venue-id="bucha"]').click();
	await expect(page.getByTestId('venue-details')).toContainText('Zelensky visited');
});

test('a corrupt basemap file is reported, not drawn half-way', async ({ page }) => {
	await page.route('**/data/basemap.topo.json', (route) =>
		route.fulfill({ status: 200, contentType: 'application/json', body: '{"type":"Topology"' })
	);
	await page.goto('/');
	await expect(page.getByRole('alert')).toContainText('basemap.topo.json: not valid JSON');
});

test('a basemap that failed once can be fetched again without a reload (F11)', async ({ page }) => {
	let failing = true;
	await page.route('**/data/basemap.topo.json', (route) =>
		failing ? route.abort() : route.continue()
	);
	await page.goto('/?date=2022-03-29');
	const alert = page.getByRole('alert').filter({ hasText: 'map could not be drawn' });
	await expect(alert).toContainText('The map could not be drawn.');
	await expect(alert).not.toContainText('Part of the map');
	// Nothing to save while there is no map.
	await expect(page.getByTestId('export-png')).toHaveCount(0);
	failing = false;
	await alert.getByRole('button', { name: 'Try again' }).click();
	await expect(page.locator('[data-status]')).toHaveAttribute('data-status', 'ready', {
		timeout: 30_000
	});
	await expect(page.getByTestId('export-png')).toBeVisible();
	expect(
		await page.evaluate(() => window.__talksAtlas!.map.getLayer('front-line') !== undefined)
	).toBe(true);
});
