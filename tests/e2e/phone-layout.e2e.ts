import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { handoutReady, openAtlas, seriousViolations, watchErrors } from './helpers';

/** The map canvas's share of the viewport, and the share of the map that controls cover. */
async function mapShares(page: Page) {
	return page.evaluate(() => {
		const canvas = document.querySelector('.maplibregl-canvas')!.getBoundingClientRect();
		const [w, h] = [innerWidth, innerHeight];
		const visible =
			Math.max(0, Math.min(canvas.right, w) - Math.max(canvas.left, 0)) *
			Math.max(0, Math.min(canvas.bottom, h) - Math.max(canvas.top, 0));
		// A grid of points over the map: which of them show the map (its canvas, its markers)?
		let points = 0;
		let covered = 0;
		for (let x = canvas.left + 4; x < Math.min(canvas.right, w); x += 8) {
			for (let y = canvas.top + 4; y < Math.min(canvas.bottom, h); y += 8) {
				points++;
				const hit = document.elementFromPoint(x, y);
				if (!hit?.closest('.maplibregl-canvas-container')) covered++;
			}
		}
		return { share: visible / (w * h), covered: covered / points };
	});
}

/** A screenshot kept in the test's output folder (test-results/), to be looked at. */
async function keepScreenshot(page: Page, testInfo: TestInfo, name: string) {
	const path = testInfo.outputPath(`${name}.png`);
	await page.screenshot({ path });
	await testInfo.attach(name, { path, contentType: 'image/png' });
}

/** A one-finger vertical or horizontal swipe, as touch events (Chromium makes pointer events). */
async function swipe(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
	const cdp = await page.context().newCDPSession(page);
	const point = (p: { x: number; y: number }) => [{ x: p.x, y: p.y, id: 1 }];
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(from) });
	for (let i = 1; i <= 8; i++) {
		const at = { x: from.x + ((to.x - from.x) * i) / 8, y: from.y + ((to.y - from.y) * i) / 8 };
		await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: point(at) });
	}
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
	await cdp.detach();
}

const PHONES = [
	{ width: 360, height: 640 },
	{ width: 390, height: 844 },
	{ width: 412, height: 915 },
	{ width: 430, height: 932 },
	{ width: 640, height: 360 },
	{ width: 844, height: 390 }
];

const atlasMessages = (language: string) =>
	JSON.parse(readFileSync(`src/lib/i18n/messages/atlas.${language}.json`, 'utf8')) as Record<
		string,
		string
	>;

/** Both editions: a label's length differs by language, and the first screen must hold either. */
const EDITIONS = [
	{ language: 'en', path: '/?date=2022-09-28', chip: 'ISW/CTP, 28 September 2022' },
	{ language: 'uk', path: '/uk?date=2022-11-29', chip: 'ISW/CTP, 29 листопада 2022' }
].map((edition) => ({ ...edition, messages: atlasMessages(edition.language) }));

for (const viewport of PHONES) {
	test.describe(`a phone at ${viewport.width}×${viewport.height}`, () => {
		test.use({ viewport, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

		for (const { language, path, chip, messages } of EDITIONS) {
			test(`the map takes most of the first screen and controls cover little of it (${language})`, async ({
				page
			}, testInfo) => {
				const errors = watchErrors(page);
				await openAtlas(page, path);
				// The legend's chip names whose map is shown and of which day (the short credit); measured
				// once it does, at its full width.
				await expect(page.getByTestId('legend').locator('summary')).toContainText(chip);
				const { share, covered } = await mapShares(page);
				testInfo.annotations.push({
					type: 'shares',
					description: `map ${share}, covered ${covered}`
				});
				await keepScreenshot(
					page,
					testInfo,
					`first-view-${language}-${viewport.width}x${viewport.height}`
				);
				expect(share).toBeGreaterThanOrEqual(0.55);
				expect(covered).toBeLessThanOrEqual(0.15);
				// The page fits the screen: nothing to scroll sideways.
				expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
					viewport.width
				);
				// The day is shown whole, not cut at the edge of its box, and its lines fit the row.
				const day = page.locator('.scrubber output.current');
				expect(await day.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
				const dayBox = (await day.boundingBox())!;
				const stepBox = (await page
					.getByRole('button', { name: messages.atlas_scrubber_next_day, exact: true })
					.boundingBox())!;
				expect(dayBox.height).toBeLessThanOrEqual(stepBox.height);
				// The scrubber's targets are thumb-sized.
				for (const target of [
					page.getByRole('button', { name: messages.atlas_scrubber_previous_day, exact: true }),
					page.getByRole('button', { name: messages.atlas_scrubber_next_day, exact: true }),
					page.getByRole('button', { name: `▶ ${messages.atlas_play}`, exact: true }),
					page.getByTestId('more-toggle'),
					page.getByTestId('sheet-handle'),
					page.getByTestId('date-slider')
				]) {
					const box = (await target.boundingBox())!;
					const name = String(target);
					expect(box.height, name).toBeGreaterThanOrEqual(44);
					expect(box.width, name).toBeGreaterThanOrEqual(44);
				}
				expect(errors).toEqual([]);
			});
		}
	});
}

for (const viewport of [
	{ width: 768, height: 1024 },
	{ width: 820, height: 1180 }
]) {
	test.describe(`a tablet upright at ${viewport.width}×${viewport.height}`, () => {
		test.use({ viewport, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

		test('shows the map across the width and the milestone to read below it', async ({
			page
		}, testInfo) => {
			await openAtlas(page, '/?milestone=istanbul-communique');
			await keepScreenshot(page, testInfo, `first-view-${viewport.width}x${viewport.height}`);
			const { share } = await mapShares(page);
			expect(share).toBeGreaterThanOrEqual(0.5);
			const canvas = (await page.locator('.maplibregl-canvas').boundingBox())!;
			expect(canvas.width).toBeGreaterThanOrEqual(viewport.width - 1);
			// No sheet to open: the milestone is on screen, under the scrubber.
			await expect(page.getByTestId('sheet-handle')).toBeHidden();
			const title = page.locator('#milestone-title');
			await expect(title).toBeInViewport();
			const slider = (await page.getByTestId('date-slider').boundingBox())!;
			expect((await title.boundingBox())!.y).toBeGreaterThan(slider.y);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
				viewport.width
			);
		});
	});
}

test.describe('the text pages on a 360-px phone', () => {
	test.use({ viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true });

	for (const edition of ['', '/uk']) {
		for (const page of ['story', 'about', 'handout', 'embed-api']) {
			const path = `${edition}/${page}`;
			test(`${path} fits the screen: nothing to scroll sideways`, async ({ page: tab }) => {
				await tab.goto(path);
				// The handout lays out its maps once they are drawn.
				if (page === 'handout') await handoutReady(tab, edition ? 'uk' : 'en');
				const wide = await tab.evaluate(() =>
					[...document.querySelectorAll('body *')]
						.filter((el) => el.getBoundingClientRect().right > 360.5)
						.map((el) => `${el.tagName.toLowerCase()}.${el.className}`)
				);
				expect(wide).toEqual([]);
				expect(await tab.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
					360
				);
			});
		}
	}
});

test.describe('on a phone', () => {
	test.use({
		viewport: { width: 412, height: 915 },
		isMobile: true,
		hasTouch: true,
		deviceScaleFactor: 2
	});

	test('a finger dragged along the scrubber moves the date', async ({ page }) => {
		await openAtlas(page, '/?date=2022-03-01');
		const slider = page.getByTestId('date-slider');
		const box = (await slider.boundingBox())!;
		const y = box.y + box.height / 2;
		await swipe(page, { x: box.x + 10, y }, { x: box.x + box.width * 0.5, y });
		// Half the track is well into the talks window (78% of the width is 24 Feb – 31 May).
		await expect(slider).toHaveAttribute('aria-valuetext', /April 2022/);
		await expect(page).toHaveURL(/date=2022-04-/);
	});

	test('the milestone sheet opens and closes with a tap, a swipe and the keyboard', async ({
		page
	}, testInfo) => {
		await openAtlas(page, '/?milestone=istanbul-communique');
		const handle = page.getByTestId('sheet-handle');
		const body = page.getByTestId('sheet-body');
		await expect(handle).toContainText('Istanbul');
		await expect(handle).toContainText('29 March 2022');
		await expect(handle).toHaveAttribute('aria-expanded', 'false');
		await expect(body).toBeHidden();

		await handle.tap();
		await expect(handle).toHaveAttribute('aria-expanded', 'true');
		await expect(body.locator('#milestone-title')).toContainText('Istanbul');
		await keepScreenshot(page, testInfo, 'sheet-open');
		// The map stays in sight above the open sheet.
		const canvas = (await page.locator('.maplibregl-canvas').boundingBox())!;
		const sheet = (await body.boundingBox())!;
		expect(sheet.y - canvas.y).toBeGreaterThan(canvas.height * 0.3);
		await handle.tap();
		await expect(body).toBeHidden();

		const at = (await handle.boundingBox())!;
		const middle = { x: at.x + at.width / 2, y: at.y + at.height / 2 };
		await swipe(page, middle, { x: middle.x, y: middle.y - 120 });
		await expect(handle).toHaveAttribute('aria-expanded', 'true');
		const reopened = (await handle.boundingBox())!;
		await swipe(
			page,
			{ x: middle.x, y: reopened.y + reopened.height / 2 },
			{ x: middle.x, y: reopened.y + reopened.height / 2 + 120 }
		);
		await expect(handle).toHaveAttribute('aria-expanded', 'false');

		await handle.focus();
		await page.keyboard.press('Enter');
		await expect(body).toBeVisible();
		await body.getByRole('button', { name: 'Next →' }).focus();
		await page.keyboard.press('Escape');
		await expect(body).toBeHidden();
		await expect(handle).toBeFocused();
	});

	test('the legend and the layer menu open as sheets and close again', async ({ page }) => {
		await openAtlas(page, '/?date=2022-03-29');
		for (const id of ['legend', 'layer-menu']) {
			const card = page.getByTestId(id);
			await card.locator('summary').tap();
			const sheet = card.locator('.card-body');
			await expect(sheet).toBeVisible();
			const box = (await sheet.boundingBox())!;
			// A sheet from the bottom edge, the full width of the screen.
			expect(box.x).toBeLessThanOrEqual(1);
			expect(box.width).toBeGreaterThanOrEqual(410);
			expect(box.y + box.height).toBeGreaterThanOrEqual(914);
			await sheet.getByRole('button', { name: 'Close' }).tap();
			await expect(sheet).toBeHidden();
			await expect(card.locator('summary')).toBeFocused();
			// From the keyboard: Enter on the chip opens it, Escape folds it and keeps focus there.
			await card.locator('summary').focus();
			await page.keyboard.press('Enter');
			await expect(sheet).toBeVisible();
			await sheet.getByRole('button', { name: 'Close' }).focus();
			await page.keyboard.press('Escape');
			await expect(sheet).toBeHidden();
			await expect(card.locator('summary')).toBeFocused();
		}
		// The layer sheet still switches a layer on.
		await page.getByTestId('layer-menu').locator('summary').tap();
		await page.getByRole('checkbox').first().check();
		await expect(page.getByTestId('layer-menu').locator('summary')).toContainText('1 on');
		// One sheet at a time: the legend's displaces the layers', the milestone's the legend's, and
		// the layers' the milestone's.
		await page.getByTestId('legend').locator('summary').tap();
		await expect(page.getByTestId('legend').locator('.card-body')).toBeVisible();
		await expect(page.getByTestId('layer-menu').locator('.card-body')).toBeHidden();
		// (The legend's sheet covers the handle: from the keyboard.)
		await page.getByTestId('sheet-handle').focus();
		await page.keyboard.press('Enter');
		await expect(page.getByTestId('sheet-body')).toBeVisible();
		await expect(page.getByTestId('legend').locator('.card-body')).toBeHidden();
		await page.getByTestId('layer-menu').locator('summary').tap();
		await expect(page.getByTestId('sheet-body')).toBeHidden();
	});

	test('"More" holds the secondary controls, which still work', async ({ page }) => {
		await openAtlas(page, '/?date=2022-03-29');
		await expect(page.getByLabel('Speed')).toBeHidden();
		await page.getByTestId('more-toggle').tap();
		await expect(page.getByLabel('Speed')).toBeVisible();
		await page.getByRole('button', { name: 'Show the whole war evenly' }).tap();
		await expect(
			page.getByRole('button', { name: 'Focus on the talks (spring 2022)' })
		).toBeVisible();
		// Whole war evenly: the talks band is gone from the track.
		await expect(page.locator('.talks-band')).toHaveCount(0);
		// "?" opens the keys' help where it can be seen, and Escape closes it, then More.
		await page.keyboard.press('?');
		await expect(page.getByRole('dialog')).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(page.getByRole('dialog')).toBeHidden();
		await expect(page.getByLabel('Speed')).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(page.getByLabel('Speed')).toBeHidden();
		await expect(page.getByTestId('more-toggle')).toBeFocused();
	});
});

test.describe('the phone layout, audited', () => {
	test.use({
		viewport: { width: 390, height: 844 },
		isMobile: true,
		hasTouch: true,
		bypassCSP: true
	});

	test('has no serious accessibility violations, closed and with the sheet open', async ({
		page
	}) => {
		await openAtlas(page, '/?date=2022-03-29');
		expect(await seriousViolations(page)).toEqual([]);
		// Touch targets big enough and apart (WCAG 2.2's target size; Lighthouse audits the same).
		expect(await seriousViolations(page, undefined, ['target-size'])).toEqual([]);
		await page.getByTestId('sheet-handle').tap();
		expect(await seriousViolations(page)).toEqual([]);
	});
});

for (const viewport of [
	{ width: 300, height: 250 },
	{ width: 400, height: 300 },
	{ width: 320, height: 480 }
]) {
	test.describe(`an embed at ${viewport.width}×${viewport.height}`, () => {
		test.use({ viewport });

		test('keeps a usable map with the date, play and a scrubber', async ({ page }, testInfo) => {
			await openAtlas(page, '/embed?date=2022-03-29');
			await keepScreenshot(page, testInfo, `embed-${viewport.width}x${viewport.height}`);
			const canvas = (await page.locator('.maplibregl-canvas').boundingBox())!;
			expect(canvas.height).toBeGreaterThanOrEqual(viewport.height * 0.4);
			expect(canvas.width).toBeGreaterThanOrEqual(viewport.width - 1);
			for (const part of [
				page.getByRole('button', { name: '▶ Play' }),
				page.getByTestId('date-slider'),
				page.locator('.current')
			]) {
				await expect(part).toBeInViewport({ ratio: 1 });
			}
			await expect(page.locator('.current')).toHaveText('29 March 2022');
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
				viewport.width
			);
			// The date still moves.
			await page.getByRole('button', { name: 'Next day' }).click();
			await expect(page.locator('.current')).toHaveText('30 March 2022');
		});
	});
}
