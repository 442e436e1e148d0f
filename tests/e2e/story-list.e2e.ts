import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { MILESTONES } from '../../src/lib/content/milestones';

const axeSource = readFileSync(
	createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
	'utf8'
);

// The page's CSP allows no inline scripts; the audit script is the test's, not the page's.
test.use({ bypassCSP: true });

test('the story list has every milestone, with sources and a link to its map view', async ({
	page
}) => {
	await page.goto('/story');
	await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText(MILESTONES[0].title);
	await expect(page.locator('ol.milestones > li')).toHaveCount(MILESTONES.length);
	await page.getByRole('link', { name: /View “Istanbul: the communiqué/ }).click();
	await expect(page).toHaveURL(/\/\?milestone=istanbul-communique/);
	await expect(page.getByTestId('milestone-panel')).toContainText('Key Provisions');
});

test('the story list passes axe-core with no serious or critical violations', async ({ page }) => {
	await page.goto('/story');
	await page.evaluate(axeSource);
	const violations = await page.evaluate(async () => {
		const result = await (
			window as unknown as {
				axe: { run: () => Promise<{ violations: { id: string; impact: string }[] }> };
			}
		).axe.run();
		return result.violations.map((v) => ({ id: v.id, impact: v.impact }));
	});
	expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
});
