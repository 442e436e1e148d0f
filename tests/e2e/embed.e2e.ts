import { expect, test, type Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import { openAtlas, seriousViolations } from './helpers';

// A host page on another origin: 127.0.0.1:4174 embeds the atlas served at localhost:4173.
const HOST_PORT = 4174;
const HOST = `http://127.0.0.1:${HOST_PORT}`;
const ATLAS = 'http://localhost:4173';
let server: Server;
let hostBody = '';

test.beforeAll(async () => {
	server = createServer((request, response) => {
		response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		response.end(
			request.url?.startsWith('/raw')
				? hostBody
				: hostPage(new URL(request.url!, HOST).searchParams)
		);
	});
	await new Promise<void>((resolve) => server.listen(HOST_PORT, '127.0.0.1', resolve));
});

test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** A host that records every message from the widget and can post to it. */
function hostPage(params: URLSearchParams): string {
	const src = `${ATLAS}/embed${params.get('q') ?? ''}`;
	return `<!doctype html><html><body>
<iframe id="atlas" src="${src.replace(/"/g, '&quot;')}" title="atlas" width="800" height="560" allow="fullscreen"></iframe>
<script>
  window.received = [];
  window.addEventListener('message', (event) => {
    if (event.origin === '${ATLAS}') window.received.push(event.data);
  });
  window.send = (message) => document.getElementById('atlas').contentWindow.postMessage(message, '${ATLAS}');
</script></body></html>`;
}

type Received = { event: string; id?: unknown; reason?: string; state?: Record<string, unknown> };

async function openHost(page: Page, query: string) {
	await page.goto(`${HOST}/?q=${encodeURIComponent(query)}`);
}

async function waitForMessage(page: Page, match: (m: Received) => boolean): Promise<Received> {
	const source = match.toString();
	const handle = await page.waitForFunction(
		(source) => {
			const test = new Function(`return (${source})`)() as (m: unknown) => boolean;
			return (window as unknown as { received: unknown[] }).received.find(test) ?? null;
		},
		source,
		{ polling: 50, timeout: 30_000 }
	);
	return (await handle.jsonValue()) as Received;
}

const send = (page: Page, message: unknown) =>
	page.evaluate((m) => (window as unknown as { send: (m: unknown) => void }).send(m), message);

const frameMap = (page: Page) => page.frames().find((f) => f.url().startsWith(`${ATLAS}/embed`))!;

test('a host on another origin drives the widget: ready, setDate, goToMilestone, getState', async ({
	page
}) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await openHost(page, '?date=2022-03-01');
	const ready = await waitForMessage(page, (m) => m.event === 'ready');
	expect(ready.state).toMatchObject({ date: '2022-03-01', milestone: null, source: 'isw' });

	await send(page, { type: 'talks-atlas', v: 1, command: 'setDate', date: '2022-03-29' });
	const changed = await waitForMessage(
		page,
		(m) => m.event === 'statechange' && m.state?.date === '2022-03-29'
	);
	expect(changed.state).toMatchObject({ milestone: 'istanbul-communique', playing: false });
	const frame = page.frameLocator('#atlas');
	await expect(frame.getByTestId('embed-caption')).toContainText('Istanbul: the communiqué');

	await send(page, {
		type: 'talks-atlas',
		v: 1,
		command: 'goToMilestone',
		milestone: 'draft-15-april'
	});
	await waitForMessage(
		page,
		(m) => m.event === 'statechange' && m.state?.milestone === 'draft-15-april'
	);
	await expect(frame.getByTestId('embed-caption')).toContainText('Draft treaty of 15 April');
	// The map follows: the draft's guarantors are drawn, Belarus and Türkiye in brackets.
	const bracketed = await frameMap(page).waitForFunction(
		() => {
			const map = window.__talksAtlas?.map;
			if (!map?.getLayer('treaty-guarantor-bracketed') || !map.loaded() || map.isMoving())
				return null;
			const ids = map
				.queryRenderedFeatures({ layers: ['treaty-guarantor-bracketed'] })
				.map((f) => f.properties.id as string);
			return ids.length ? [...new Set(ids)].sort() : null;
		},
		null,
		{ polling: 50, timeout: 30_000 }
	);
	expect(await bracketed.jsonValue()).toEqual(['BLR', 'TUR']);

	await send(page, { type: 'talks-atlas', v: 1, command: 'getState', id: 'q-42' });
	const reply = await waitForMessage(page, (m) => m.event === 'state' && m.id === 'q-42');
	expect(reply.state).toMatchObject({ date: '2022-04-15', milestone: 'draft-15-april' });
	expect(errors).toEqual([]);
});

test('a host on another origin sets and stops a comparison; a bad one is refused', async ({
	page
}) => {
	await openHost(page, '?date=2022-04-15');
	await waitForMessage(page, (m) => m.event === 'ready');
	await send(page, {
		type: 'talks-atlas',
		v: 1,
		command: 'setCompare',
		compare: 'istanbul-communique'
	});
	await waitForMessage(
		page,
		(m) => m.event === 'statechange' && m.state?.compare === 'istanbul-communique'
	);
	const compareLines = () =>
		frameMap(page).evaluate(() => {
			const map = window.__talksAtlas?.map;
			return map?.getLayer('compare-line')
				? map.queryRenderedFeatures({ layers: ['compare-line'] }).length
				: 0;
		});
	await expect.poll(compareLines, { timeout: 30_000 }).toBeGreaterThan(0);

	await send(page, {
		type: 'talks-atlas',
		v: 1,
		command: 'setCompare',
		compare: '<b>x</b>',
		id: 'bad'
	});
	const refused = await waitForMessage(page, (m) => m.event === 'error' && m.id === 'bad');
	expect(refused.reason).toBe('compare must be a calendar day, a milestone id or null');
	await send(page, {
		type: 'talks-atlas',
		v: 1,
		command: 'setCompare',
		compare: 'yalta',
		id: 'unknown'
	});
	await waitForMessage(page, (m) => m.event === 'error' && m.id === 'unknown');
	await send(page, { type: 'talks-atlas', v: 1, command: 'setCompare', compare: null, id: 'stop' });
	await waitForMessage(page, (m) => m.event === 'ack' && m.id === 'stop');
	await expect.poll(compareLines).toBe(0);
});

test('a burst of malformed messages changes nothing and throws nothing', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(m.text());
	});
	await openHost(page, '?date=2022-03-10');
	await waitForMessage(page, (m) => m.event === 'ready');
	const huge = 'x'.repeat(2_000_000);
	const base = { type: 'talks-atlas', v: 1 };
	const burst: unknown[] = [
		null,
		42,
		'setDate',
		[1, 2, 3],
		{ type: 'talks-atlas' },
		{ ...base, command: 'setDate' },
		{ ...base, command: 'setDate', date: 20220329 },
		{ ...base, command: 'setDate', date: '2022-02-30' },
		{ ...base, command: 'setDate', date: huge },
		{ ...base, command: 'setDate', date: ['2022-03-29'] },
		{ ...base, command: 'goToMilestone', milestone: '<img src=x onerror=alert(1)>' },
		{ ...base, command: 'goToMilestone', milestone: huge },
		{ ...base, command: 'goToMilestone', milestone: 'yalta-1945' },
		{ ...base, command: 'setSource', source: '<script>alert(1)</script>' },
		{ ...base, command: 'eval', code: 'document.body.innerHTML = "pwned"' },
		{ ...base, command: '__proto__' },
		{ ...base, v: 2, command: 'play' },
		{ ...base, v: '1', command: 'play' },
		{ ...base, command: 'play', id: { evil: true } },
		{ ...base, command: 'getState', id: huge }
	];
	for (const message of burst) await send(page, message);
	await send(page, { ...base, command: 'getState', id: 'after' });
	const reply = await waitForMessage(page, (m) => m.event === 'state' && m.id === 'after');
	expect(reply.state).toMatchObject({ date: '2022-03-10', milestone: null, playing: false });
	const refused = await page.evaluate(() =>
		(window as unknown as { received: Received[] }).received.filter((m) => m.event === 'error')
	);
	expect(refused.length).toBeGreaterThanOrEqual(14);
	for (const error of refused) expect(error.reason).not.toMatch(/<|script|alert|xxxx/);
	// Nothing from a message became markup.
	const frame = frameMap(page);
	expect(await frame.evaluate(() => document.querySelectorAll('img[src="x"]').length)).toBe(0);
	expect(await frame.evaluate(() => document.body.textContent?.includes('pwned'))).toBe(false);
	expect(errors).toEqual([]);
});

test('with an origin restriction, commands from another origin are refused', async ({ page }) => {
	await openHost(page, '?date=2022-03-10&origin=https://news.example');
	const frame = page.frameLocator('#atlas');
	await expect(frame.getByTestId('embed-caption')).toContainText('10 March 2022');
	await send(page, { type: 'talks-atlas', v: 1, command: 'setDate', date: '2022-04-15', id: 1 });
	const refused = await waitForMessage(page, (m) => m.event === 'error');
	expect(refused.reason).toContain('does not take commands from this origin');
	await page.waitForTimeout(500);
	await expect(frame.getByTestId('embed-caption')).toContainText('10 March 2022');
	// Its events go only to the allowed origin: this host never hears `ready`.
	expect(
		await page.evaluate(() =>
			(window as unknown as { received: Received[] }).received.some((m) => m.event === 'ready')
		)
	).toBe(false);
});

test('the share dialog’s live preview loads only when asked for', async ({ page }) => {
	const frames: string[] = [];
	page.on('request', (r) => {
		if (new URL(r.url()).pathname === '/embed') frames.push(r.url());
	});
	await openAtlas(page, '/?date=2022-03-20');
	await page.getByRole('slider', { name: 'Date' }).focus();
	await page.keyboard.press('ArrowRight');
	await page.getByRole('button', { name: 'Share / embed' }).click();
	expect(frames).toEqual([]);
	await page.getByTestId('share-dialog').getByText('Preview').click();
	const preview = page.frameLocator('[data-testid="share-dialog"] iframe');
	await expect(preview.getByTestId('embed-caption')).toContainText('21 March 2022');
	expect(frames).toEqual(['http://localhost:4173/embed?date=2022-03-21']);
});

test('the snippet from the share dialog, pasted in a page, opens that view', async ({ page }) => {
	await openAtlas(page, '/?milestone=draft-12-april');
	await page.getByRole('button', { name: 'Share / embed' }).click();
	const dialog = page.getByTestId('share-dialog');
	await dialog.getByLabel('Theme').selectOption('contrast');
	await dialog.getByLabel('Size').selectOption({ label: '640 × 480' });
	const snippet = await dialog.locator('#share-snippet').inputValue();
	expect(snippet).toMatch(/^<iframe src="http:\/\/localhost:4173\/embed\?milestone=draft-12-april/);
	expect(snippet).toContain('theme=contrast');
	expect(snippet).toContain('loading="lazy"');
	expect(snippet).toContain('allow="fullscreen"');
	await expect(dialog.locator('#share-link')).toHaveValue(
		'http://localhost:4173/?milestone=draft-12-april&date=2022-04-12'
	);

	hostBody = `<!doctype html><title>pasted</title><body>${snippet}</body>`;
	await page.goto(`${HOST}/raw`);
	const frame = page.frameLocator('iframe');
	await expect(frame.getByTestId('embed-caption')).toContainText('Draft treaty of 12 April');
	await expect(frame.locator('.embed')).toHaveAttribute('data-theme', 'contrast');
	const size = await page.locator('iframe').boundingBox();
	expect([size?.width, size?.height]).toEqual([640, 480]);
});

test('oEmbed: discovery links, a valid rich response, and its html is the share snippet', async ({
	page,
	request
}) => {
	await openAtlas(page, '/');
	const discovery = page.locator('link[rel="alternate"][type="application/json+oembed"]');
	await expect(discovery).toHaveAttribute('href', `${ATLAS}/oembed.json`);
	await page.getByRole('slider', { name: 'Date' }).focus();
	await page.keyboard.press(']');
	await expect(page).toHaveURL(/milestone=/);
	const milestone = new URL(page.url()).searchParams.get('milestone')!;
	await expect(discovery).toHaveAttribute('href', `${ATLAS}/oembed/${milestone}.json`);

	const response = await request.get(`/oembed/${milestone}.json`);
	expect(response.ok()).toBe(true);
	expect(response.headers()['content-type']).toContain('application/json');
	const oembed = await response.json();
	expect(oembed).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'Talks Atlas' });
	expect(Number.isInteger(oembed.width) && Number.isInteger(oembed.height)).toBe(true);
	expect(typeof oembed.title).toBe('string');

	await page.getByRole('button', { name: 'Share / embed' }).click();
	const snippet = await page.getByTestId('share-dialog').locator('#share-snippet').inputValue();
	expect(oembed.html).toBe(snippet);
	expect((await (await request.get('/oembed.json')).json()).html).toContain(
		'/embed?date=2022-02-24'
	);
});

test('the embed asks only its own origin, and only for what its first view needs', async ({
	page
}) => {
	const requests: string[] = [];
	page.on('request', (r) => requests.push(r.url()));
	await openHost(page, '?date=2022-03-15');
	await waitForMessage(page, (m) => m.event === 'ready');
	await frameMap(page).waitForFunction(() => window.__talksAtlas?.map?.loaded(), null, {
		polling: 50,
		timeout: 30_000
	});
	const foreign = requests.filter((u) => !u.startsWith(ATLAS) && !u.startsWith(HOST));
	expect(foreign).toEqual([]);
	const paths = () => requests.filter((u) => u.includes('/data/')).map((u) => new URL(u).pathname);
	// The basemap's and the world's tiles in view, from its own origin, counted apart (how many
	// depends on the view).
	const isTile = (path: string) => path.startsWith('/data/tiles/');
	const data = () => paths().filter((path) => !isTile(path));
	const needed = [
		// The story's content, read before the page hydrates (src/lib/content/load.ts).
		'/data/content.json',
		'/data/frontlines/index.json',
		'/data/frontlines/isw-2022-02-24_2022-05-31.topo.json'
	];
	// The low-detail world's tiles only when the first view reaches past the detailed region
	// (20–45° E, 34–58° N), to draw the map to its edges; never the world's whole file.
	const reachesPast = await frameMap(page).evaluate(() => {
		const b = window.__talksAtlas!.map.getBounds();
		return b.getWest() < 20 || b.getSouth() < 34 || b.getEast() > 45 || b.getNorth() > 58;
	});
	await expect.poll(() => data().sort()).toEqual(needed.sort());
	await page.waitForTimeout(500);
	expect(data().sort()).toEqual(needed.sort());
	const worldTiles = () => paths().filter((path) => path.startsWith('/data/tiles/world/'));
	if (reachesPast) await expect.poll(() => worldTiles().length).toBeGreaterThan(0);
	else expect(worldTiles()).toEqual([]);
	expect(worldTiles().length).toBeLessThanOrEqual(12);
	const tiles = paths().filter((path) => path.startsWith('/data/tiles/basemap/'));
	// The few in view (512-px tiles: up to 3 × 2 for a map this size, and the odd one a camera move
	// passes over), never the hundreds there are.
	expect(tiles.length).toBeGreaterThan(0);
	expect(tiles.length).toBeLessThanOrEqual(12);
	// Fonts: the Latin faces its text and labels use, not the Latin Extended ones (113 KB).
	await frameMap(page).waitForFunction(() => document.fonts.status === 'loaded');
	const fonts = requests.filter((u) => u.endsWith('.woff2')).map((u) => new URL(u).pathname);
	expect(fonts.length).toBeGreaterThan(0);
	expect(fonts.filter((f) => f.includes('latin-ext'))).toEqual([]);
});

test('malformed embed parameters fall back to defaults, say so, and render nothing from them', async ({
	page
}) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto(
		'/embed?date=<b>soon</b>&controls=scrubber,<img src=x>&theme=neon&lang=xx&origin=javascript:alert(1)&layers=<svg>'
	);
	await expect(page.locator('[data-status]')).toHaveAttribute('data-status', 'ready', {
		timeout: 30_000
	});
	const notices = page.getByTestId('notices');
	await expect(notices).toContainText('is not a date like');
	await expect(notices).toContainText('not a control here');
	await expect(notices).toContainText('is not a theme');
	await expect(notices).toContainText('accepts no commands');
	await expect(page.locator('.embed')).toHaveAttribute('data-theme', 'light');
	await expect(page.getByTestId('embed-caption')).toContainText('24 February 2022');
	expect(await page.locator('img[src="x"], svg > svg, b').count()).toBe(0);
	expect(errors).toEqual([]);
});

test('the wheel leaves the map alone, Ctrl + wheel zooms it, and full screen works when allowed', async ({
	page
}) => {
	await openHost(page, '?date=2022-03-15');
	await waitForMessage(page, (m) => m.event === 'ready');
	const frame = frameMap(page);
	await frame.waitForFunction(() => window.__talksAtlas?.map?.loaded(), null, { polling: 50 });
	const zoom = () => frame.evaluate(() => window.__talksAtlas!.map.getZoom());
	const before = await zoom();
	const box = (await page.locator('#atlas').boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 3);
	await page.mouse.wheel(0, -400);
	await page.waitForTimeout(600);
	expect(await zoom()).toBeCloseTo(before, 5);
	await page.keyboard.down('Control');
	await page.mouse.wheel(0, -400);
	await page.keyboard.up('Control');
	await expect.poll(zoom, { timeout: 5_000 }).toBeGreaterThan(before + 0.1);

	await page.frameLocator('#atlas').getByRole('button', { name: 'Full screen' }).click();
	await expect.poll(() => frame.evaluate(() => document.fullscreenElement !== null)).toBe(true);
});

test.describe('accessibility', () => {
	test.use({ bypassCSP: true });

	test('the embed and the share dialog pass axe-core (no serious or critical violations)', async ({
		page
	}) => {
		await page.goto('/embed?milestone=istanbul-communique&controls=scrubber,play,legend,layers');
		await expect(page.locator('[data-status]')).toHaveAttribute('data-status', 'ready', {
			timeout: 30_000
		});
		expect(await seriousViolations(page)).toEqual([]);
		await openAtlas(page, '/?date=2022-03-29');
		await page.getByRole('button', { name: 'Share / embed' }).click();
		await expect(page.getByTestId('share-dialog')).toBeVisible();
		expect(await seriousViolations(page, '[data-testid="share-dialog"]')).toEqual([]);
	});
});

test('each milestone has its own page, with its title and oEmbed link even without JavaScript', async ({
	page,
	request
}) => {
	const html = await (await request.get('/milestone/draft-15-april')).text();
	expect(html).toContain('<title>Draft treaty of 15 April — Talks Atlas</title>');
	expect(html).toMatch(
		/<link rel="alternate" type="application\/json\+oembed" href="http:\/\/localhost:4173\/oembed\/draft-15-april\.json"/
	);
	await openAtlas(page, '/milestone/draft-15-april');
	await expect(page.getByTestId('milestone-panel').getByRole('heading', { level: 2 })).toHaveText(
		'Draft treaty of 15 April'
	);
	await expect(page.getByTestId('forces-section')).toBeVisible();
	expect((await request.get('/milestone/yalta-1945')).status()).toBe(404);
});
