import { expect, test } from '@playwright/test';
import { openAtlas } from './helpers';

const valuetext = (page: import('@playwright/test').Page) =>
	page.getByRole('slider', { name: 'Date' }).getAttribute('aria-valuetext');

test('playback never starts by itself', async ({ page }) => {
	await openAtlas(page, '/?date=2022-03-08');
	const before = await valuetext(page);
	await page.waitForTimeout(1500);
	expect(await valuetext(page)).toBe(before);
	await expect(page.getByRole('button', { name: '▶ Play' })).toBeVisible();
});

test('?play=1 plays day by day, stops at a talks milestone, and any key pauses it', async ({
	page
}) => {
	await openAtlas(page, '/?date=2022-03-08&play=1');
	// 9 March has no milestone; playback moves on to the Antalya meeting of 10 March and dwells.
	await expect(page.getByRole('slider', { name: 'Date' })).toHaveAttribute(
		'aria-valuetext',
		/^10 March 2022: Kuleba and Lavrov/,
		{ timeout: 5000 }
	);
	expect(new URL(page.url()).searchParams.get('play')).toBeNull();
	await expect(page.getByRole('button', { name: '❚❚ Pause' })).toBeVisible();
	await page.keyboard.press('Shift');
	await expect(page.getByRole('button', { name: '▶ Play' })).toBeVisible();
	const paused = await valuetext(page);
	await page.waitForTimeout(1500);
	expect(await valuetext(page)).toBe(paused);
});

test('the play button starts and a click on the map pauses', async ({ page }) => {
	await openAtlas(page, '/?date=2022-06-01');
	await page.getByLabel('Speed').selectOption('15');
	await page.getByRole('button', { name: '▶ Play' }).click();
	await expect(page.getByRole('slider', { name: 'Date' })).not.toHaveAttribute(
		'aria-valuetext',
		/^1 June 2022/
	);
	await page.locator('.maplibregl-canvas').click({ position: { x: 50, y: 50 } });
	await expect(page.getByRole('button', { name: '▶ Play' })).toBeVisible();
});
