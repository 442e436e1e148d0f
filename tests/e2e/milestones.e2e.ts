import { expect, test } from '@playwright/test';
import { MILESTONE_DATA as MILESTONES } from '../../src/lib/content/data/milestones';
import { startOf } from '../../src/lib/story/milestones';
import { openAtlas } from './helpers';

const panel = (page: import('@playwright/test').Page) => page.getByTestId('milestone-panel');

test('?milestone= opens the Istanbul view: the panel, the date, Dolmabahçe and the guarantors', async ({
	page
}) => {
	await openAtlas(page, '/?milestone=istanbul-communique');
	await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(
		'Istanbul: the communiqué on security guarantees'
	);
	await expect(panel(page)).toContainText('Key Provisions of the Treaty');
	await expect(page.getByRole('slider', { name: 'Date' })).toHaveAttribute(
		'aria-valuetext',
		'29 March 2022: Istanbul: the communiqué on security guarantees'
	);
	await page.waitForFunction(() => !window.__talksAtlas!.map.isMoving(), null, { polling: 50 });
	// The communiqué's guarantors reach from Washington to Beijing: the view frames them all.
	const inView = await page.evaluate(() => {
		const bounds = window.__talksAtlas!.map.getBounds();
		return [
			[29.0, 41.04],
			[-77.04, 38.9],
			[116.4, 39.9]
		].map((p) => bounds.contains(p as [number, number]));
	});
	expect(inView).toEqual([true, true, true]);
	// The milestone's venue is ringed, and only it.
	await expect
		.poll(() =>
			page.evaluate(() =>
				window
					.__talksAtlas!.map.queryRenderedFeatures({ layers: ['venue-highlight'] })
					.map((f) => f.properties.id)
			)
		)
		.toEqual(['istanbul-dolmabahce']);
});

test('] and [ visit the milestones in date order', async ({ page }) => {
	await openAtlas(page, '/?date=2022-02-24');
	const slider = page.getByRole('slider', { name: 'Date' });
	await slider.focus();
	// The first milestone starts on the first day, so the first ] goes to the second.
	const visited: string[] = [];
	for (let i = 1; i < 8; i++) {
		await page.keyboard.press(']');
		await expect(page).toHaveURL(new RegExp(`milestone=${MILESTONES[i].id}`));
		visited.push(new URL(page.url()).searchParams.get('milestone')!);
		await expect(slider).toHaveAttribute(
			'aria-valuetext',
			new RegExp(MILESTONES[i].title.slice(0, 12))
		);
	}
	expect(visited).toEqual(MILESTONES.slice(1, 8).map((m) => m.id));
	await page.keyboard.press('[');
	await expect(page).toHaveURL(
		new RegExp(`milestone=${MILESTONES[6].id}&date=${startOf(MILESTONES[6])}`)
	);
});

test('the milestone panel’s buttons and a scrubber mark move through the story', async ({
	page
}) => {
	await openAtlas(page, '/?milestone=round-1-liaskavichy');
	await panel(page).getByRole('button', { name: 'Next →' }).click();
	await expect(page).toHaveURL(new RegExp(`milestone=${MILESTONES[2].id}`));
	await page.locator('[data-milestone="johnson-kyiv"]').click();
	await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Boris Johnson in Kyiv');
	await expect(page.getByTestId('milestone-announcer')).toContainText(
		'Boris Johnson in Kyiv, 9 April 2022'
	);
});

test.describe('with reduced motion', () => {
	test.use({ reducedMotion: 'reduce' });

	test('reaching a milestone jumps the camera without animation', async ({ page }) => {
		await openAtlas(page, '/?date=2022-03-01');
		await page.evaluate(() => {
			const map = window.__talksAtlas!.map;
			(window as unknown as { moves: number }).moves = 0;
			map.on('move', () => (window as unknown as { moves: number }).moves++);
		});
		await page.getByRole('slider', { name: 'Date' }).focus();
		await page.keyboard.press(']');
		await expect(page).toHaveURL(/milestone=/);
		await page.waitForTimeout(300);
		// A jump moves once; an animation moves on every frame.
		const moves = await page.evaluate(() => (window as unknown as { moves: number }).moves);
		expect(moves).toBeGreaterThan(0);
		expect(moves).toBeLessThanOrEqual(2);
	});
});

test('an unknown milestone opens the nearest sensible view with a notice', async ({ page }) => {
	await openAtlas(page, '/?milestone=istanbul-1999');
	await expect(page.getByTestId('notices')).toContainText('There is no milestone “istanbul-1999”');
	await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Russia invades Ukraine');
});

test('back and forward move between the milestones visited; scrubbing adds no entries', async ({
	page
}) => {
	await openAtlas(page, '/?milestone=round-1-liaskavichy');
	await page.locator('[data-milestone="istanbul-communique"]').click();
	await page.locator('[data-milestone="johnson-kyiv"]').click();
	await page.getByRole('slider', { name: 'Date' }).focus();
	for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/date=2022-04-12/);
	await page.goBack();
	await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(
		'Istanbul: the communiqué on security guarantees'
	);
	await page.goBack();
	await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(
		'First round of talks, near Liaskavichy (Belarus)'
	);
	await page.goForward();
	await expect(page).toHaveURL(/milestone=istanbul-communique/);
});

test('? opens the keyboard help, which lists the milestone keys; Esc closes it', async ({
	page
}) => {
	await openAtlas(page, '/');
	await page.locator('body').press('?');
	const help = page.getByTestId('keyboard-help');
	await expect(help).toBeVisible();
	await expect(help).toContainText('previous / next milestone');
	await page.keyboard.press('Escape');
	await expect(help).toBeHidden();
});

test('a map the reader moved is kept in the URL and restored from it', async ({ page }) => {
	await openAtlas(page, '/?milestone=istanbul-communique');
	await page.waitForFunction(() => !window.__talksAtlas!.map.isMoving());
	const canvas = (await page.locator('.maplibregl-canvas').boundingBox())!;
	await page.mouse.move(canvas.x + 300, canvas.y + 300);
	await page.mouse.down();
	await page.mouse.move(canvas.x + 200, canvas.y + 250, { steps: 8 });
	await page.mouse.up();
	await expect(page).toHaveURL(/camera=/);
	const url = new URL(page.url());
	const [lon, lat] = url.searchParams.get('camera')!.split(',').map(Number);
	await page.goto('about:blank');
	await openAtlas(page, url.pathname + url.search);
	await page.waitForFunction(() => !window.__talksAtlas!.map.isMoving());
	const center = await page.evaluate(() => window.__talksAtlas!.map.getCenter().toArray());
	expect(Math.abs(center[0] - lon)).toBeLessThan(0.01);
	expect(Math.abs(center[1] - lat)).toBeLessThan(0.01);
	await expect(page.getByTestId('milestone-panel')).toContainText('Istanbul');
});
