import { expect, test } from '@playwright/test';
import { MILESTONE_DATA as MILESTONES } from '../../src/lib/content/data/milestones';
import { VENUE_DATA as VENUES } from '../../src/lib/content/data/venues';
import { CHAPTERS, chapterMilestones } from '../../src/lib/story/chapters';
import { startOf } from '../../src/lib/story/milestones';
import { openAtlas, seriousViolations, watchErrors } from './helpers';

/** Where the scrubber's focus band starts and ends, as fractions of the track. */
async function band(page: import('@playwright/test').Page) {
	return page.evaluate(() => {
		const track = document.querySelector('[data-testid="date-slider"]')!.getBoundingClientRect();
		const band = document.querySelector('.talks-band')!.getBoundingClientRect();
		return {
			from: (band.left - track.left) / track.width,
			to: (band.right - track.left) / track.width
		};
	});
}

test('the chapter switch moves the scrubber’s focus, the date and the URL; the URL brings it back', async ({
	page
}) => {
	const errors = watchErrors(page);
	await openAtlas(page, '/?date=2022-03-29');
	const spring = await band(page);
	expect(spring.from).toBeLessThan(0.01);
	expect(spring.to).toBeGreaterThan(0.7);

	const switcher = page.getByTestId('chapter-switch');
	await switcher.getByRole('radio', { name: '2025–26' }).click();
	const resumed = chapterMilestones(MILESTONES, 'talks-resumed');
	const first = resumed[0];
	if (first) {
		await expect(page).toHaveURL(new RegExp(`milestone=${first.id}`));
		await expect(page.getByTestId('date-slider')).toHaveAttribute(
			'aria-valuetext',
			new RegExp(new Date(startOf(first)).getUTCFullYear().toString())
		);
	} else await expect(page).toHaveURL(/date=2025-01-01/);
	const later = await band(page);
	// The talks of 2025–26 now have most of the track, at its right.
	expect(later.from).toBeGreaterThan(0.1);
	expect(later.to).toBeGreaterThan(0.99);
	expect(later.to - later.from).toBeGreaterThan(0.7);
	await expect(switcher.getByRole('radio', { name: '2025–26' })).toBeChecked();

	// Back returns to the spring, its focus with it.
	await page.goBack();
	await expect(page).toHaveURL(/date=2022-03-29/);
	await expect(switcher.getByRole('radio', { name: 'Spring 2022' })).toBeChecked();
	expect((await band(page)).from).toBeLessThan(0.01);

	// A link that names a chapter other than its date's keeps it.
	await openAtlas(page, '/?date=2024-12-30&chapter=talks-resumed');
	await expect(switcher.getByRole('radio', { name: '2025–26' })).toBeChecked();
	await expect(page).toHaveURL(/chapter=talks-resumed/);
	expect(errors).toEqual([]);
});

test('an unknown chapter opens the date’s own, and says why', async ({ page }) => {
	await openAtlas(page, '/?date=2023-06-17&chapter=%3Cb%3E1999');
	await expect(page.getByTestId('notices')).toContainText('is not a chapter here');
	await expect(
		page.getByTestId('chapter-switch').getByRole('radio', { name: '2022–24' })
	).toBeChecked();
	await expect(page).not.toHaveURL(/chapter=/);
});

test('present mode shows the chapter’s milestones as its slides', async ({ page }) => {
	const looking = chapterMilestones(MILESTONES, 'looking-back');
	await openAtlas(page, '/?mode=present&chapter=looking-back');
	await expect(page.getByTestId('present-slide').getByRole('heading', { level: 1 })).toHaveText(
		looking[0].title
	);
	await expect(page.getByTestId('present-progress')).toHaveText(`1 / ${looking.length}`);
});

test('each chapter has a handout of its own, linked from the others', async ({ page }) => {
	for (const chapter of CHAPTERS) {
		const path = chapter.id === 'spring-2022' ? '/handout' : `/handout/${chapter.id}`;
		await page.goto(path);
		const talks = chapterMilestones(MILESTONES, chapter.id).filter((m) => m.kind !== 'military');
		await expect(page.locator('section.milestone'), path).toHaveCount(talks.length);
		await expect(
			page.getByRole('navigation', { name: 'Handouts by chapter' }).locator('[aria-current="page"]')
		).toHaveText(chapter.title);
		expect(await seriousViolations(page), path).toEqual([]);
	}
});

test.describe('the later rounds', () => {
	const rounds = chapterMilestones(MILESTONES, 'talks-resumed').filter(
		(m) => m.frame === 'venues' && m.venues.length > 0
	);

	test('each opens from ?milestone= with its venues inside the map, the world drawn around', async ({
		page
	}) => {
		test.setTimeout(30_000 + rounds.length * 8_000);
		expect(rounds.length).toBeGreaterThan(12);
		const errors = watchErrors(page);
		for (const milestone of rounds) {
			await openAtlas(page, `/?milestone=${milestone.id}`);
			await expect(page.getByTestId('milestone-panel')).toContainText(milestone.title);
			await page.waitForFunction(() => !window.__talksAtlas!.map.isMoving(), undefined, {
				timeout: 10_000
			});
			const venues = VENUES.filter((v) => milestone.venues.includes(v.id));
			const inside = await page.evaluate(
				(points) => {
					const map = window.__talksAtlas!.map;
					const { width, height } = map.getCanvas().getBoundingClientRect();
					return points.map(([lon, lat]) => {
						const p = map.project([lon, lat]);
						return p.x >= 0 && p.x <= width && p.y >= 0 && p.y <= height;
					});
				},
				venues.map((v) => v.lonLat)
			);
			expect(inside, milestone.id).toEqual(venues.map(() => true));
		}
		// Far from the region the low-detail world is drawn, not the neutral frame.
		await expect
			.poll(() =>
				page.evaluate(() =>
					window.__talksAtlas!.map.getPaintProperty('outside-data', 'fill-layer-opacity')
				)
			)
			.toBe(0);
		expect(errors).toEqual([]);
	});

	test('a link with the map moved far from the region opens there', async ({ page }) => {
		await openAtlas(page, '/?date=2025-08-15&camera=-149.800,61.250,5.00');
		const center = await page.evaluate(() => window.__talksAtlas!.map.getCenter().toArray());
		expect(center[0]).toBeCloseTo(-149.8, 1);
		expect(center[1]).toBeCloseTo(61.25, 1);
	});

	test('an echo links a round back to 2022 and the 2022 milestone forward to it', async ({
		page
	}) => {
		await openAtlas(page, '/?milestone=istanbul-2025-may');
		const echoes = page.getByTestId('milestone-panel').getByTestId('echoes');
		await expect(echoes).toContainText('Refers back to');
		await echoes.locator('[data-echo="istanbul-communique"]').click();
		await expect(page).toHaveURL(/milestone=istanbul-communique/);
		const back = page.getByTestId('milestone-panel').getByTestId('echoes');
		await expect(back).toContainText('Taken up later');
		await back.locator('[data-echo="istanbul-2025-may"]').click();
		await expect(page).toHaveURL(/milestone=istanbul-2025-may/);
		// On /story the same links are anchors.
		await page.goto('/story');
		await page.locator('#istanbul-communique [data-echo="istanbul-2025-may"]').click();
		await expect(page).toHaveURL(/\/story#istanbul-2025-may$/);
	});
});

test.describe('audited', () => {
	// The page's CSP allows no inline scripts; the audit script is the test's, not the page's.
	test.use({ bypassCSP: true });

	test('a later round’s panel, with its echoes and disagreements, has no serious accessibility problems', async ({
		page
	}) => {
		await openAtlas(page, '/?milestone=abu-dhabi-january');
		await expect(page.getByTestId('milestone-panel').getByTestId('echoes')).toBeVisible();
		expect(await seriousViolations(page)).toEqual([]);
	});
});
