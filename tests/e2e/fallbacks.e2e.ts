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
