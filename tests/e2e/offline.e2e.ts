import { expect, test } from '@playwright/test';
import { formatDay } from '../../src/lib/dates';
import { openAtlas } from './helpers';

// This test alone lets the app's service worker run (playwright.config.ts blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

test('after a first visit the atlas works offline across the talks window, and says so', async ({
	page,
	context
}) => {
	// The worker stores the basemap's deep tiles and the world's a batch a second after the rest
	// (about 30 s).
	test.setTimeout(120_000);
	// Behind a dead or captive network (and after an offline reload in some Chromium builds)
	// navigator.onLine says online: the atlas must know from what its requests met.
	await context.addInitScript(() =>
		Object.defineProperty(Navigator.prototype, 'onLine', { configurable: true, get: () => true })
	);
	await openAtlas(page, '/?date=2022-03-01');
	// The worker is ready once it has installed, that is once everything is stored.
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	// The data is stored in the cache that outlives app versions (named after the data's hash),
	// not with this version's code: an update with the same data fetches none of it again.
	const where = await page.evaluate(async () => {
		const tile = '/data/tiles/basemap/7/74/43.pbf';
		const found: Record<string, boolean> = {};
		for (const key of await caches.keys()) {
			found[key.startsWith('talks-atlas-data-') ? 'data' : 'app'] ||= Boolean(
				await (await caches.open(key)).match(tile)
			);
		}
		return found;
	});
	expect(where).toEqual({ app: false, data: true });

	await context.setOffline(true);
	await page.reload();
	await expect(page.locator('[data-status]')).toHaveAttribute('data-status', 'ready', {
		timeout: 30_000
	});
	await expect(page.getByTestId('notices')).toContainText('You are offline');
	await expect(page.getByTestId('asof')).toContainText(`map of ${formatDay('2022-03-01')}`);
	// Zoomed in anywhere the camera may go, the basemap is there: its deepest tiles (Kyiv's and
	// the camera's south-east corner's, at zoom 7) answer offline too, and so does one of the
	// world's (around Washington, zoom 4), stored after the basemap's.
	const deepest = await page.evaluate(() =>
		Promise.all(
			[
				'/data/tiles/basemap/7/74/43.pbf',
				'/data/tiles/basemap/7/84/53.pbf',
				'/data/tiles/world/4/4/6.pbf'
			].map((path) =>
				fetch(path).then((r) => (r.ok ? r.arrayBuffer().then((b) => b.byteLength) : 0))
			)
		)
	);
	expect(
		deepest.every((bytes) => bytes > 0),
		String(deepest)
	).toBe(true);

	// Across the talks window: a week at a time (PageUp) from 1 March to 31 May.
	const slider = page.getByRole('slider', { name: 'Date' });
	await slider.focus();
	for (let i = 0; i < 13; i++) await page.keyboard.press('PageUp');
	await expect(slider).toHaveAttribute('aria-valuetext', /31 May 2022/);
	await expect(page.getByTestId('asof')).toContainText(`map of ${formatDay('2022-05-31')}`);
	const drawn = await page.evaluate(
		() => window.__talksAtlas!.map.querySourceFeatures('frontAreas').length
	);
	expect(drawn).toBeGreaterThan(0);

	// Back online: the notice goes once the network answers again.
	await context.setOffline(false);
	await page.evaluate(() => window.dispatchEvent(new Event('online')));
	await expect(page.getByTestId('notices')).not.toContainText('You are offline');
	await context.setOffline(true);

	// Another page of the atlas, never visited, also opens offline.
	await page.goto('/story');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('step by step');

	// A milestone's page never visited opens as the stored atlas at that milestone.
	await page.goto('/milestone/istanbul-communique?theme=dark');
	await expect(page.locator('[data-status]')).toHaveAttribute('data-status', 'ready', {
		timeout: 30_000
	});
	await expect(page).toHaveURL(/\/\?theme=dark&milestone=istanbul-communique/);
	await expect(slider).toHaveAttribute('aria-valuetext', /29 March 2022/);
	await expect(page.locator('.app')).toHaveAttribute('data-theme', 'dark');
});

test('the handout, once opened online, opens offline with every map', async ({ page, context }) => {
	await page.goto('/handout');
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	// The maps were fetched before the worker took over: a second visit, now under the worker,
	// stores them.
	await page.reload();
	await expect(page.getByRole('status')).toHaveText(/^All \d+ maps are ready to print\.$/, {
		timeout: 30_000
	});

	await context.setOffline(true);
	await page.reload();
	await expect(page.getByRole('status')).toHaveText(/^All \d+ maps are ready to print\.$/, {
		timeout: 30_000
	});
});

test('the offline copy is begun only once the map is drawn, so it never slows the first view', async ({
	page
}) => {
	await page.addInitScript(() => {
		const register = ServiceWorkerContainer.prototype.register;
		ServiceWorkerContainer.prototype.register = function (...args) {
			performance.mark('test:service-worker-registered');
			return register.apply(this, args);
		};
	});
	await openAtlas(page, '/?date=2022-03-01');
	await page.waitForFunction(
		() => performance.getEntriesByName('test:service-worker-registered').length > 0
	);
	const [idle, registered] = await page.evaluate(() =>
		['talks-atlas:first-idle', 'test:service-worker-registered'].map(
			(name) => performance.getEntriesByName(name)[0]?.startTime ?? null
		)
	);
	expect(idle).not.toBeNull();
	expect(registered).not.toBeNull();
	expect(registered!).toBeGreaterThanOrEqual(idle!);
});
