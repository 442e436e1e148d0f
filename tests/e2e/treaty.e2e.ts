import { expect, test, type Page } from '@playwright/test';
import { openAtlas, seriousViolations, settled, watchErrors } from './helpers';

// The lists, written out here rather than read from the content module, so the test
// checks the content as well as the map.
const P5 = ['CHN', 'FRA', 'GBR', 'RUS', 'USA'];
const COMMUNIQUE = [...P5, 'CAN', 'DEU', 'ISR', 'ITA', 'POL', 'TUR'].sort();

test.use({ bypassCSP: true });

/** Country ids (or band ranges) of everything one map layer draws on screen; null: no layer. */
async function rendered(page: Page, layer: string): Promise<(string | number)[] | null> {
	await settled(page);
	return page.evaluate((layer) => {
		const map = window.__talksAtlas!.map;
		const type = map.getLayer(layer)?.type;
		// Crimea's layers are hidden by their layer opacity (a query still finds their features).
		const hidden =
			map.getLayoutProperty(layer, 'visibility') === 'none' ||
			((type === 'fill' || type === 'line') &&
				map.getPaintProperty(layer, `${type}-layer-opacity`) === 0);
		if (!type || hidden) return null;
		const values = map
			.queryRenderedFeatures({ layers: [layer] })
			.map((f) => (f.properties.id ?? f.properties.rangeKm) as string | number);
		return [...new Set(values)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
	}, layer);
}

async function waitForLayer(page: Page, layer: string) {
	await page.waitForFunction(
		(layer) => {
			const map = window.__talksAtlas?.map;
			const type = map?.getLayer(layer)?.type;
			if (!map || !type || map.getLayoutProperty(layer, 'visibility') === 'none') return false;
			return (
				(type !== 'fill' && type !== 'line') ||
				map.getPaintProperty(layer, `${type}-layer-opacity`) !== 0
			);
		},
		layer,
		{ polling: 50, timeout: 30_000 }
	);
}

test('the guarantor layer draws exactly the states each document names', async ({ page }) => {
	const errors = watchErrors(page);
	await openAtlas(page, '/?milestone=istanbul-communique');
	await waitForLayer(page, 'treaty-guarantor');

	expect(await rendered(page, 'treaty-guarantor')).toEqual(COMMUNIQUE);
	expect(await rendered(page, 'treaty-guarantor-proposed')).toEqual(['BLR']);
	expect(await rendered(page, 'treaty-guarantor-bracketed')).toEqual([]);
	// Russia's added articles belong to the 15 April draft, not to the communiqué.
	await expect(page.getByTestId('russian-additions')).toHaveCount(0);

	const panel = page.getByTestId('guarantor-section');
	await panel.getByRole('radio', { name: 'Draft, 15 Apr' }).check();
	await expect(panel).toContainText('In brackets: not agreed: (Belarus, Türkiye)');
	await expect(page).toHaveURL(/treaty=draft-15-april/);
	await expect(page.getByTestId('russian-additions')).toContainText(
		'“fascism, Nazism, neo-Nazism, and aggressive nationalism”'
	);

	expect(await rendered(page, 'treaty-guarantor')).toEqual(P5);
	expect(await rendered(page, 'treaty-guarantor-bracketed')).toEqual(['BLR', 'TUR']);
	expect(await rendered(page, 'treaty-guarantor-proposed')).toEqual([]);
	// The map's own labels bracket them too.
	const labels = await page.evaluate(() =>
		JSON.stringify(
			window.__talksAtlas!.map.getLayoutProperty('treaty-guarantor-labels', 'text-field')
		)
	);
	expect(labels).toContain('"BLR","(Belarus)"');
	expect(labels).toContain('"TUR","(Türkiye)"');
	expect(errors).toEqual([]);
});

test('the document milestones open their view, and the story closes it again', async ({ page }) => {
	await openAtlas(page, '/?milestone=moskva-sunk');
	await expect(page.getByTestId('treaty-panel')).toHaveCount(0);
	await page.getByRole('slider', { name: 'Date' }).focus();
	await page.keyboard.press(']');
	await expect(page).toHaveURL(/milestone=draft-15-april/);
	await expect(page.getByTestId('forces-section')).toBeVisible();
	await expect(page.getByRole('radio', { name: 'Draft, 15 Apr' })).toBeChecked();
	await expect(page.getByTestId('russian-additions')).toContainText('six Ukrainian laws');
	await waitForLayer(page, 'treaty-missile-bands');
	expect(await rendered(page, 'treaty-guarantor-bracketed')).toEqual(['BLR', 'TUR']);
	// The world view: the camera left Europe to show every guarantor.
	expect(await page.evaluate(() => window.__talksAtlas!.map.getZoom())).toBeLessThan(2.5);

	await page.keyboard.press(']');
	await expect(page.getByTestId('treaty-panel')).toHaveCount(0);
	expect(await rendered(page, 'treaty-guarantor')).toBeNull();
	await expect(page.getByTestId('layer-menu').locator('summary')).toHaveText(
		'What was on the table'
	);
});

test('the 12 April draft shows no guarantor list: the sources do not give one', async ({
	page
}) => {
	await openAtlas(page, '/?milestone=johnson-kyiv');
	await page.getByRole('slider', { name: 'Date' }).focus();
	await page.keyboard.press(']');
	await expect(page).toHaveURL(/milestone=draft-12-april/);
	await expect(page.getByTestId('milestone-panel')).toContainText(
		'Its list of guarantors is not given'
	);
	await expect(page.getByTestId('treaty-panel')).toHaveCount(0);
	expect(await rendered(page, 'treaty-guarantor')).toBeNull();
});

test('layers chosen from the menu come back from a copied URL', async ({ page, context }) => {
	await openAtlas(page, '/?date=2022-05-10');
	const menu = page.getByTestId('layer-menu');
	await menu.locator('summary').click();
	await menu.getByRole('checkbox', { name: /Crimea and excluded areas/ }).check();
	await menu.getByRole('checkbox', { name: /Neutrality and force caps/ }).check();
	await menu.getByRole('checkbox', { name: /Guarantor states/ }).check();
	// After 15 April, the guarantor layer opens on the last draft; the reader picks the communiqué.
	await expect(page.getByRole('radio', { name: 'Draft, 15 Apr' })).toBeChecked();
	await page.getByRole('radio', { name: 'Communiqué, 29 Mar' }).check();
	await expect(page).toHaveURL(/layers=guarantors%2Ccrimea%2Cforces&treaty=communique/);
	await waitForLayer(page, 'treaty-crimea');
	await waitForLayer(page, 'treaty-missile-bands');
	const before = {
		guarantors: await rendered(page, 'treaty-guarantor'),
		bands: await rendered(page, 'treaty-missile-bands')
	};
	expect(before.guarantors).toEqual(COMMUNIQUE);
	expect(before.bands).toEqual([40, 280]);

	const copy = await context.newPage();
	await openAtlas(copy, new URL(page.url()).pathname + new URL(page.url()).search);
	await waitForLayer(copy, 'treaty-guarantor');
	await waitForLayer(copy, 'treaty-crimea');
	await waitForLayer(copy, 'treaty-missile-bands');
	await expect(copy.getByTestId('layer-menu').locator('summary')).toContainText('3 on');
	await copy.getByTestId('layer-menu').locator('summary').click();
	for (const name of [/Guarantor states/, /Crimea and excluded/, /Neutrality and force/]) {
		await expect(copy.getByRole('checkbox', { name })).toBeChecked();
	}
	await expect(copy.getByRole('radio', { name: 'Communiqué, 29 Mar' })).toBeChecked();
	expect(await rendered(copy, 'treaty-guarantor')).toEqual(before.guarantors);
	expect(await rendered(copy, 'treaty-missile-bands')).toEqual(before.bands);
	expect(await rendered(copy, 'treaty-crimea')).toEqual(['UA-40', 'UA-43']);
});

test('an unknown layer in the URL is ignored with a notice; the known ones still open', async ({
	page
}) => {
	await openAtlas(page, '/?date=2022-04-01&layers=guarantors,nato-bases');
	await expect(page.getByText('“nato-bases” is not a map layer here, so ignored')).toBeVisible();
	await expect(page).toHaveURL(/layers=guarantors&treaty=communique/);
	await waitForLayer(page, 'treaty-guarantor');
	expect(await rendered(page, 'treaty-guarantor')).toEqual(COMMUNIQUE);
});

test('a treaty layer that cannot load leaves the rest of the map working', async ({ page }) => {
	await page.route('**/data/world.topo.json', (route) => route.fulfill({ status: 503 }));
	await openAtlas(page, '/?date=2022-04-01&layers=guarantors,forces');
	await expect(page.getByText(/“Guarantor states” layer could not be loaded/)).toBeVisible();
	await expect(page.getByTestId('map').locator('..')).toHaveAttribute('data-status', 'ready');
	// The other layer, the front lines and the panel's text are all still there.
	await waitForLayer(page, 'treaty-missile-bands');
	expect(await rendered(page, 'treaty-missile-bands')).toEqual([40, 280]);
	expect((await rendered(page, 'front-control'))?.length).toBeGreaterThan(0);
	await expect(page.getByTestId('guarantor-section')).toContainText('United States');
	// Without the world's shapes the camera stays within Europe.
	expect(await page.evaluate(() => window.__talksAtlas!.map.getMaxBounds())).not.toBeNull();
});

test('the treaty panel passes axe-core with no serious or critical violations', async ({
	page
}) => {
	await openAtlas(page, '/?milestone=draft-15-april&layers=guarantors,crimea,forces');
	await expect(page.getByTestId('force-caps')).toBeVisible();
	expect(await seriousViolations(page, '[data-testid="treaty-panel"]')).toEqual([]);
	expect(await seriousViolations(page, '[data-testid="layer-menu"]')).toEqual([]);
});
