import { expect, test } from '@playwright/test';
import { MILESTONE_DATA as MILESTONES } from '../../src/lib/content/data/milestones';
import { CHAPTERS, chapterMilestones } from '../../src/lib/story/chapters';
import { seriousViolations } from './helpers';

// The page's CSP allows no inline scripts; the audit script is the test's, not the page's.
test.use({ bypassCSP: true });

test('the story list has every milestone, with sources and a link to its map view', async ({
	page
}) => {
	await page.goto('/story');
	// Chapter by chapter, each milestone once.
	await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText(CHAPTERS[0].title);
	await expect(page.getByRole('heading', { level: 3 }).first()).toHaveText(MILESTONES[0].title);
	await expect(page.locator('ol.milestones > li')).toHaveCount(MILESTONES.length);
	for (const chapter of CHAPTERS) {
		await expect(page.locator(`#chapter-${chapter.id} + ol.milestones > li`)).toHaveCount(
			chapterMilestones(MILESTONES, chapter.id).length
		);
	}
	// The sources' own verdict, labelled as theirs, beside each account that carries one.
	for (const milestone of MILESTONES.filter((m) => m.judgements?.length)) {
		const judgements = page.locator(`#${milestone.id}`).getByTestId('judgements');
		await expect(judgements).toContainText('The authors’ judgement');
		for (const j of milestone.judgements!) await expect(judgements).toContainText(j.says);
	}
	await expect(page.getByTestId('russian-additions')).toContainText('six Ukrainian laws');
	await page.getByRole('link', { name: /View “Istanbul: the communiqué/ }).click();
	await expect(page).toHaveURL(/\/milestone\/istanbul-communique$/);
	await expect(page.getByTestId('milestone-panel')).toContainText('Key Provisions');
});

test('the story list passes axe-core with no serious or critical violations', async ({ page }) => {
	await page.goto('/story');
	expect(await seriousViolations(page)).toEqual([]);
});
