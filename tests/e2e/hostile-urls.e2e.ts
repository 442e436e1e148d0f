import { expect, test, type Page } from '@playwright/test';
import { MILESTONE_DATA as MILESTONES } from '../../src/lib/content/data/milestones';
import { formatDay } from '../../src/lib/dates';
import { appSearch, parseEmbedOptions } from '../../src/lib/embed/options';
import { searchOnPage } from '../../src/lib/state/page-search';
import { parseViewParams } from '../../src/lib/state/url';
import { startOf } from '../../src/lib/story/milestones';
import { watchErrors } from './helpers';

/**
 * A sample of the reliability probe's hostile URLs on every route. Each must open without a page
 * or console error and without injected markup, on the view the URL names or the nearest valid
 * one with a notice saying so, with the URL, the date shown and the slider agreeing.
 */
const lookup = (id: string) => {
	const milestone = MILESTONES.find((m) => m.id === id);
	return milestone ? startOf(milestone) : null;
};
const XSS = '<img src=x onerror=window.pwned=1 id=pwn1>';
const SCRIPT = '"><script id=pwn2>window.pwned=1</script>';
const many = (n: number, prefix: string) =>
	Array.from({ length: n }, (_, i) => `${prefix}${i}`).join(',');
const q = (params: Record<string, string>) => `?${new URLSearchParams(params)}`;

const ATLAS_QUERIES = [
	'',
	'?date=2022-03-29',
	'?date=tomorrow',
	'?date=2022-02-30',
	'?date=0001-01-01',
	'?date=2099-01-01',
	'?date=2022-03-01&date=2022-04-01',
	'?milestone=bucha&date=2022-05-01',
	'?milestone=nope&date=2022-05-01',
	q({ milestone: XSS }),
	q({ date: SCRIPT, source: XSS }),
	'?camera=,,',
	'?camera=0x10,0,0',
	'?treaty=draft-15-april',
	q({ layers: many(400, 'z') }),
	q({ theme: XSS, mode: 'kiosk' }),
	'?date=%E0%A4%A&source=%',
	'?__proto__[x]=1&constructor=1&date=2022-04-15',
	`?date=${'9'.repeat(6000)}`
];
const EMBED_QUERIES = [
	'',
	'?date=2022-03-29',
	'?date=2022-03-29&controls=none',
	'?date=nope&theme=dark',
	'?milestone=istanbul-communique&date=2022-05-01',
	q({ controls: many(400, 'c') }),
	q({ controls: `scrubber,${XSS}`, lang: SCRIPT }),
	q({ origin: 'javascript:alert(1)', theme: XSS }),
	'?date=2099-12-31&play=1',
	'?layers=guarantors,forces&treaty=nope',
	'?date=2022-04-01&date=2022-05-01&source=liveuamap'
];
const MILESTONE_PAGES = [
	'/milestone/bucha?fbclid=abc',
	'/milestone/istanbul-communique?utm_source=x',
	'/milestone/bucha?theme=dark',
	'/milestone/bucha?source=liveuamap',
	'/milestone/istanbul-communique?layers=guarantors',
	'/milestone/bucha?play=0',
	'/milestone/bucha?date=garbage',
	'/milestone/bucha?date=2022-05-01',
	`/milestone/bucha?${new URLSearchParams({ x: XSS })}`,
	'/milestone/istanbul-communique?milestone=bucha'
];
const HANDOUT = [
	'/handout',
	'/handout?date=2022-03-29',
	`/handout?${new URLSearchParams({ x: XSS })}`
];

/** Nothing from a URL became markup or ran. */
async function expectNothingInjected(page: Page) {
	const injected = await page.evaluate(() => ({
		elements: document.querySelectorAll(
			'[id^=pwn], [onerror], [onload], img[src=x], a[href^="javascript:"]'
		).length,
		pwned: (window as unknown as { pwned?: unknown }).pwned ?? null
	}));
	expect(injected).toEqual({ elements: 0, pwned: null });
}

/**
 * Every fourth URL and the last wait for the map to draw (a page error from drawing shows there,
 * or at the next URL's check); the others check the state as soon as the page has read its URL,
 * which keeps the file to about a minute on a slow machine.
 */
async function waitForMap(page: Page, i: number, all: readonly unknown[]) {
	if (i % 4 !== 0 && i !== all.length - 1) return;
	await expect(page.locator('[data-status]')).toHaveAttribute('data-status', 'ready', {
		timeout: 30_000
	});
}

/** The slider reads the expected day, and so does the visible date. */
async function expectShownDate(page: Page, date: string) {
	const slider = page.getByRole('slider', { name: 'Date' });
	await expect(slider).toHaveAttribute('aria-valuetext', new RegExp(`^${formatDay(date)}`));
	await expect(page.locator('output.current')).toHaveText(formatDay(date));
}

async function expectNotices(page: Page, notices: string[]) {
	const box = page.getByTestId('notices');
	for (const notice of notices) await expect(box).toContainText(notice);
	const text = (await box.textContent()) ?? '';
	// Capped: a hostile URL cannot fill the screen with its own text.
	expect(text.length).toBeLessThan(1500);
}

test('the atlas (/) under hostile URLs', async ({ page }) => {
	test.setTimeout(240_000);
	const errors = watchErrors(page);
	for (const [i, query] of ATLAS_QUERIES.entries()) {
		await test.step(query.slice(0, 80) || '(no query)', async () => {
			await page.goto(`/${query}`);
			await waitForMap(page, i, ATLAS_QUERIES);
			const { view, notices } = parseViewParams(query, lookup);
			await expectShownDate(page, view.date);
			await expectNotices(page, notices);
			// The URL is the view shown: rewritten when it asked for something invalid.
			const url = new URL(page.url());
			expect(parseViewParams(url.search, lookup).view.date).toBe(view.date);
			if (notices.length > 0) expect(parseViewParams(url.search, lookup).notices).toEqual([]);
			await expectNothingInjected(page);
			expect(errors).toEqual([]);
		});
	}
});

test('the embed under hostile URLs', async ({ page }) => {
	test.setTimeout(240_000);
	const errors = watchErrors(page);
	for (const [i, query] of EMBED_QUERIES.entries()) {
		await test.step(query.slice(0, 80) || '(no query)', async () => {
			await page.goto(`/embed${query}`);
			await waitForMap(page, i, EMBED_QUERIES);
			const { view, notices } = parseViewParams(appSearch(query), lookup);
			const { options, notices: own } = parseEmbedOptions(query);
			// The embed never rewrites its URL (a frame's history is the host's); its link to the
			// atlas carries the day shown.
			const caption = page.getByTestId('embed-caption');
			await expect(caption.getByRole('link')).toHaveAttribute(
				'href',
				new RegExp(`[?&]date=${view.date}(&|$)`)
			);
			if (options.controls.includes('scrubber')) await expectShownDate(page, view.date);
			const milestone = MILESTONES.find((m) => m.id === view.milestone);
			await expect(caption).toContainText(milestone ? milestone.title : formatDay(view.date));
			await expectNotices(page, [...notices, ...own]);
			await expectNothingInjected(page);
			expect(errors).toEqual([]);
		});
	}
});

test('milestone pages under hostile URLs', async ({ page }) => {
	test.setTimeout(240_000);
	const errors = watchErrors(page);
	for (const [i, path] of MILESTONE_PAGES.entries()) {
		await test.step(path.slice(0, 80), async () => {
			await page.goto(path);
			await waitForMap(page, i, MILESTONE_PAGES);
			const url = new URL(path, 'http://localhost');
			const id = url.pathname.split('/').at(-1)!;
			const { view, notices } = parseViewParams(searchOnPage(url.search, id), lookup);
			await expectShownDate(page, view.date);
			await expectNotices(page, notices);
			const now = new URL(page.url());
			expect(parseViewParams(searchOnPage(now.search, id), lookup).view.date).toBe(view.date);
			await expectNothingInjected(page);
			expect(errors).toEqual([]);
		});
	}
	// Opened at the milestone, present mode shows that milestone's slide.
	await page.goto('/milestone/bucha?mode=present');
	const bucha = MILESTONES.find((m) => m.id === 'bucha')!;
	await expect(page.getByTestId('present-slide')).toContainText(bucha.title);
	await expect(page).toHaveURL(/\/milestone\/bucha\?mode=present$/);
	expect(errors).toEqual([]);
});

test('the handout under hostile URLs', async ({ page }) => {
	const errors = watchErrors(page);
	for (const path of HANDOUT) {
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expectNothingInjected(page);
	}
	expect(errors).toEqual([]);
});

test('a milestone page’s HTML shows its own day before any script runs (F2)', async ({
	request
}) => {
	const html = await (await request.get('/milestone/bucha')).text();
	expect(html).toMatch(/<output[^>]*>2 April 2022<\/output>/);
	expect(html).toContain('aria-valuetext="2 April 2022: ');
	// (The scrubber's marks name every milestone with its day, the invasion's too.)
	expect(html).not.toContain('aria-valuetext="24 February 2022');
	expect(html).toMatch(/<h2 id="milestone-title"[^>]*>Killings in Bucha/);
});
