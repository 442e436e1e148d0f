import { expect, test } from '@playwright/test';
import { chromiumLaunchOptions } from '../chromium';

const base = chromiumLaunchOptions();
// A browser with WebGL turned off, as on some locked-down school machines.
test.use({
	launchOptions: { ...base, args: [...(base.args ?? []), '--disable-webgl', '--disable-webgl2'] }
});

test('without WebGL: a readable message and the list of venues, not a blank page', async ({
	page
}) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto('/');
	await expect(page.getByRole('alert')).toContainText('needs WebGL 2');
	// The message is read whole: nothing beside the map (the legend) lies over either end of it.
	const covered = await page.getByRole('alert').evaluate((alert) => {
		const box = alert.getBoundingClientRect();
		const middle = box.top + box.height / 2;
		return [box.left + 4, box.right - 4].some(
			(x) => !alert.contains(document.elementFromPoint(x, middle))
		);
	});
	expect(covered).toBe(false);
	const venue = page.locator('.panel [data-venue-id="liaskavichy"]');
	await expect(venue).toBeVisible();
	await venue.click();
	await expect(page.getByTestId('venue-details')).toContainText('28 February 2022');
	expect(errors).toEqual([]);
});
