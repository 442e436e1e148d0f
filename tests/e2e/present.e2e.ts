import { expect, test } from '@playwright/test';
import { MILESTONE_DATA as MILESTONES } from '../../src/lib/content/data/milestones';
import { chapterMilestones } from '../../src/lib/story/chapters';
import { openAtlas, settled } from './helpers';

const title = (page: import('@playwright/test').Page) =>
	page.getByTestId('present-slide').getByRole('heading', { level: 1 });

// The slides are the chapter's milestones: spring 2022 by default.
const SPRING = chapterMilestones(MILESTONES, 'spring-2022');

test('present mode: keys walk the milestones in order, the map grows, and Esc leaves', async ({
	page
}) => {
	await openAtlas(page, '/?mode=present');
	await expect(title(page)).toHaveText(SPRING[0].title);
	await expect(page.getByTestId('present-progress')).toHaveText(`1 / ${SPRING.length}`);
	// The chrome is gone: no site header, no side panel, no scrubber.
	await expect(page.getByRole('banner')).toHaveCount(0);
	await expect(page.getByRole('slider', { name: 'Date' })).toHaveCount(0);
	await expect(page.getByTestId('milestone-panel')).toBeHidden();

	// Presenter remotes send PageDown/PageUp and arrows; Space also advances.
	for (const [key, index] of [
		['ArrowRight', 1],
		[' ', 2],
		['PageDown', 3],
		['ArrowDown', 4],
		['PageUp', 3],
		['ArrowLeft', 2]
	] as const) {
		await page.keyboard.press(key);
		await expect(title(page)).toHaveText(SPRING[index].title);
		await expect(page).toHaveURL(new RegExp(`milestone=${SPRING[index].id}&.*mode=present`));
	}
	await page.keyboard.press('End');
	await expect(title(page)).toHaveText(SPRING.at(-1)!.title);
	await page.keyboard.press('Home');
	await expect(title(page)).toHaveText(SPRING[0].title);

	// Thicker lines on the map while presenting.
	await settled(page);
	const width = () =>
		page.evaluate(() =>
			JSON.stringify(window.__talksAtlas!.map.getPaintProperty('front-line', 'line-width'))
		);
	const presentWidth = await width();

	await page.keyboard.press('Escape');
	await expect(page.getByTestId('present-slide')).toHaveCount(0);
	await expect(page.getByRole('slider', { name: 'Date' })).toBeVisible();
	await expect(page).not.toHaveURL(/mode=present/);
	expect(await width()).not.toBe(presentWidth);
	expect(presentWidth).toContain('4.8'); // 3 × 1.6 at zoom 8
});

test('the Present button opens the slide of the current milestone; an unknown mode opens the atlas', async ({
	page
}) => {
	await openAtlas(page, '/?milestone=draft-15-april');
	await page.getByTestId('present').click();
	await expect(title(page)).toHaveText('Draft treaty of 15 April');
	await page.getByRole('button', { name: 'Leave (Esc)' }).click();
	await expect(page.getByTestId('present-slide')).toHaveCount(0);

	await openAtlas(page, '/?mode=kiosk');
	await expect(page.getByTestId('present-slide')).toHaveCount(0);
	await expect(page.getByTestId('notices')).toContainText('is not a mode; showing the atlas');
});

test('present mode chooses a chapter’s deck by key or by its list, from its first slide', async ({
	page
}) => {
	const resumed = chapterMilestones(MILESTONES, 'talks-resumed');
	const back = chapterMilestones(MILESTONES, 'looking-back');
	await openAtlas(page, '/?mode=present');
	await expect(title(page)).toHaveText(SPRING[0].title);
	await page.keyboard.press('3');
	await expect(title(page)).toHaveText(resumed[0].title);
	await expect(page.getByTestId('present-progress')).toHaveText(`1 / ${resumed.length}`);
	await expect(page).toHaveURL(new RegExp(`milestone=${resumed[0].id}&.*mode=present`));
	await page.getByLabel(/^Chapter/).selectOption('looking-back');
	await expect(title(page)).toHaveText(back[0].title);
	await expect(page.getByTestId('present-progress')).toHaveText(`1 / ${back.length}`);
	await page.keyboard.press('1');
	await expect(title(page)).toHaveText(SPRING[0].title);
});
