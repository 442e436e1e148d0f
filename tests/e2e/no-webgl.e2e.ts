import { expect, test, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../chromium';

const base = chromiumLaunchOptions();
// A browser with WebGL turned off, as on some locked-down school machines.
test.use({
	launchOptions: { ...base, args: [...(base.args ?? []), '--disable-webgl', '--disable-webgl2'] }
});

/** Corners of the message that something else (the legend, the chips) lies over. */
function coveredCorners(page: Page) {
	return page.getByRole('alert').evaluate((alert) => {
		const box = alert.getBoundingClientRect();
		const corners: [string, number, number][] = [
			['top left', box.left + 4, box.top + 4],
			['top right', box.right - 4, box.top + 4],
			['bottom left', box.left + 4, box.bottom - 4],
			['bottom right', box.right - 4, box.bottom - 4]
		];
		return corners
			.filter(([, x, y]) => !alert.contains(document.elementFromPoint(x, y)))
			.map(([name]) => name);
	});
}

test('without WebGL: a readable message and the list of venues, not a blank page', async ({
	page
}) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto('/');
	await expect(page.getByRole('alert')).toContainText('needs WebGL 2');
	expect(await coveredCorners(page)).toEqual([]);
	const venue = page.locator('.panel [data-venue-id="liaskavichy"]');
	await expect(venue).toBeVisible();
	await venue.click();
	await expect(page.getByTestId('venue-details')).toContainText('28 February 2022');
	expect(errors).toEqual([]);
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true });

	test('without WebGL: the message is read whole, under the chips', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByRole('alert')).toContainText('needs WebGL 2');
		expect(await coveredCorners(page)).toEqual([]);
	});
});
