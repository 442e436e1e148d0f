import { expect, test } from '@playwright/test';
import { PALETTES } from '../../src/lib/map/palette';
import { openAtlas, seriousViolations, settled } from './helpers';

test.use({ bypassCSP: true });

test('the high-contrast theme passes axe-core’s colour-contrast check, and recolours the map', async ({
	page
}) => {
	await openAtlas(page, '/?date=2022-04-20');
	await settled(page);
	const sea = () =>
		page.evaluate(() => window.__talksAtlas!.map.getPaintProperty('sea', 'background-color'));
	const lightSea = await sea();
	await page.getByTestId('theme-select').selectOption('contrast');
	await expect(page).toHaveURL(/theme=contrast/);
	await expect(page.locator('.app')).toHaveAttribute('data-theme', 'contrast');
	await expect.poll(sea).not.toBe(lightSea);
	expect(
		await page.evaluate(() =>
			window.__talksAtlas!.map.getPaintProperty('place-labels', 'text-color')
		)
	).toBe('#000000');
	expect(await seriousViolations(page, undefined, ['color-contrast'])).toEqual([]);

	// The dark theme also reads, and light comes back exactly as it was.
	await page.getByTestId('theme-select').selectOption('dark');
	expect(await seriousViolations(page, undefined, ['color-contrast'])).toEqual([]);
	await page.getByTestId('theme-select').selectOption('light');
	await expect.poll(sea).toBe(lightSea);
	await expect(page).not.toHaveURL(/theme=/);
});

test('a theme comes back from the URL; an unknown one opens light with a notice', async ({
	page
}) => {
	await openAtlas(page, '/?theme=dark');
	await expect(page.locator('.app')).toHaveAttribute('data-theme', 'dark');
	await openAtlas(page, '/?theme=sepia');
	await expect(page.locator('.app')).toHaveAttribute('data-theme', 'light');
	await expect(page.getByTestId('notices')).toContainText('is not a theme');
});

test('the legend, the scrubber’s marks and chart take the map’s colours for the theme', async ({
	page
}) => {
	const rgb = (hex: string) => {
		const n = parseInt(hex.slice(1), 16);
		return `rgb(${n >> 16}, ${(n >> 8) & 255}, ${n & 255})`;
	};
	const style = (selector: string, property: string) =>
		page
			.locator(selector)
			.first()
			.evaluate((el, property) => getComputedStyle(el).getPropertyValue(property), property);
	for (const theme of ['light', 'dark', 'contrast'] as const) {
		await openAtlas(page, `/?date=2022-04-20&theme=${theme}`);
		const palette = PALETTES[theme];
		expect(await style('.swatch.line', 'background-color'), theme).toBe(rgb(palette.frontLine));
		expect(await style('.mark[data-kind="document"]', 'background-color'), theme).toBe(
			rgb(palette.markDocument)
		);
		const mapSea = await page.evaluate(() =>
			window.__talksAtlas!.map.getPaintProperty('sea', 'background-color')
		);
		expect(mapSea, theme).toBe(palette.sea);
	}
});
