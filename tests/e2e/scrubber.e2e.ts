import { expect, test } from '@playwright/test';
import { openAtlas } from './helpers';

test('the slider follows the APG keys and reads the date in words', async ({ page }) => {
	await openAtlas(page, '/?date=2022-03-29');
	const slider = page.getByRole('slider', { name: 'Date' });
	await expect(slider).toHaveAttribute('aria-valuetext', /^29 March 2022/);
	await slider.focus();
	await page.keyboard.press('ArrowRight');
	await expect(slider).toHaveAttribute('aria-valuetext', /^30 March 2022/);
	await page.keyboard.press('ArrowLeft');
	await page.keyboard.press('ArrowLeft');
	await expect(slider).toHaveAttribute('aria-valuetext', /^28 March 2022/);
	await page.keyboard.press('PageUp');
	await expect(slider).toHaveAttribute('aria-valuetext', /^4 April 2022/);
	await page.keyboard.press('PageDown');
	await expect(slider).toHaveAttribute('aria-valuetext', /^28 March 2022/);
	await page.keyboard.press('Home');
	await expect(slider).toHaveAttribute('aria-valuetext', /^24 February 2022/);
	await expect(slider).toHaveAttribute('aria-valuenow', '0');
	await page.keyboard.press('End');
	await expect(slider).toHaveAttribute('aria-valuetext', /^21 August 2026/);
});

test('moving the slider updates the URL, and the URL restores the view', async ({ page }) => {
	await openAtlas(page, '/?date=2022-04-05&source=liveuamap');
	await expect(page.getByRole('radio', { name: /liveuamap/ })).toBeChecked();
	const historyBefore = await page.evaluate(() => history.length);
	await page.getByRole('slider', { name: 'Date' }).focus();
	for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
	for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft');
	await expect(page).toHaveURL(/date=2022-04-06/);
	// Scrubbing replaces the history entry rather than adding one per day.
	expect(await page.evaluate(() => history.length)).toBe(historyBefore);
	expect(new URL(page.url()).searchParams.get('source')).toBe('liveuamap');
	const copied = page.url();
	await page.goto('about:blank');
	await openAtlas(page, new URL(copied).pathname + new URL(copied).search);
	await expect(page.getByRole('slider', { name: 'Date' })).toHaveAttribute(
		'aria-valuetext',
		/^6 April 2022/
	);
	await expect(page.getByRole('radio', { name: /liveuamap/ })).toBeChecked();
});

test('clicking and dragging on the track sets the date', async ({ page }) => {
	await openAtlas(page, '/');
	const slider = page.getByTestId('date-slider');
	const box = (await slider.boundingBox())!;
	await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2);
	await page.mouse.down();
	await page.mouse.move(box.x + box.width * 0.5, box.y + box.height / 2, { steps: 5 });
	await page.mouse.up();
	const text = await slider.getAttribute('aria-valuetext');
	// Half-way along the talks-focused scale is in April 2022.
	expect(text).toMatch(/April 2022$/);
	await expect(page).toHaveURL(/date=2022-04-/);
});

test.describe('bad URL parameters open the nearest valid view and say so', () => {
	const cases = [
		['/?date=yesterday', 'is not a date like 2022-03-29', '24 February 2022'],
		['/?date=2019-05-01', 'is before the data begins', '24 February 2022'],
		['/?date=2031-01-01', 'after the latest data', '21 August 2026'],
		['/?date=2022-02-30', 'is not a date like', '24 February 2022'],
		['/?source=%3Cscript%3Ealert(1)%3C%2Fscript%3E', 'is not a source here', '24 February 2022']
	] as const;
	for (const [url, notice, shown] of cases) {
		test(url, async ({ page }) => {
			const errors: string[] = [];
			page.on('pageerror', (e) => errors.push(e.message));
			await openAtlas(page, url);
			await expect(page.getByTestId('notices')).toContainText(notice);
			await expect(page.getByRole('slider', { name: 'Date' })).toHaveAttribute(
				'aria-valuetext',
				new RegExp(`^${shown}`)
			);
			await expect(page.getByTestId('asof')).toContainText('map of');
			// The address bar now holds the valid view, so a copied link is a valid one.
			await expect(page).toHaveURL(/date=\d{4}-\d{2}-\d{2}/);
			expect(await page.locator('script:not([src])', { hasText: 'alert(1)' }).count()).toBe(0);
			expect(errors).toEqual([]);
		});
	}
});

test('a front-line file that fails to load is reported in the legend; the map keeps working', async ({
	page
}) => {
	await page.route('**/data/frontlines/isw-2022-02-24_2022-05-31.topo.json', (route) =>
		route.fulfill({ status: 500 })
	);
	await openAtlas(page, '/?date=2022-03-10');
	await expect(page.getByTestId('legend')).toContainText('Front lines could not be loaded');
	await expect(page.getByTestId('legend')).toContainText('HTTP 500');
	await page.locator('.venue-marker[data-venue-id="belek-antalya"]').click();
	await expect(page.getByTestId('venue-details')).toContainText('10 March 2022');
});

test.describe('on a touch screen', () => {
	test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

	test('a tap on the track sets the date, and the step buttons move a day', async ({ page }) => {
		await openAtlas(page, '/?date=2022-03-01');
		const slider = page.getByTestId('date-slider');
		const box = (await slider.boundingBox())!;
		await page.touchscreen.tap(box.x + box.width * 0.6, box.y + box.height / 2);
		// 60% of the track is about 77% into the talks window (which has 78% of the width).
		await expect(slider).toHaveAttribute('aria-valuetext', /May 2022$/);
		const tapped = await slider.getAttribute('aria-valuetext');
		await page.getByRole('button', { name: 'Next day' }).tap();
		await expect(slider).not.toHaveAttribute('aria-valuetext', tapped!);
	});
});
