import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { MILESTONE_DATA as MILESTONES } from '../../src/lib/content/data/milestones';
import { WORK_DATA } from '../../src/lib/content/data/works';
import { chapterMilestones } from '../../src/lib/story/chapters';
import { isTalksMilestone } from '../../src/lib/story/milestones';
import { CREDIT_CORNER } from '../../src/lib/map/credit-room';
import { handoutReady, openAtlas, seriousViolations, settled } from './helpers';
import { compactText, readPdf } from './pdf';

const uk = (kind: string) =>
	JSON.parse(readFileSync(`src/lib/content/data/uk/${kind}.json`, 'utf8')) as Record<
		string,
		string
	>;
const UK_MILESTONES = uk('milestones');
const ukTitle = (id: string) => UK_MILESTONES[`milestones/${id}/title`];

const LATIN_WORD = /\p{Script=Latin}[\p{Script=Latin}'’-]*\p{Script=Latin}/gu;
/** A word as the allow-list knows it: without an English possessive ("AEI's" is "AEI"). */
const bare = (word: string) => word.replace(/['’]s$/, '');

/**
 * Latin words a Ukrainian page may show: names of sources, projects, licences, formats and keys;
 * the authors, titles and publishers of the works cited, as published; and the names the story's
 * Ukrainian text keeps in Latin (The New York Times, Ritz-Carlton…). The content check already
 * requires every content text to be translated: this test is for the UI around it.
 */
const NAMES = [
	...'ISW CTP AEI Critical Threats NZZ Neue Zürcher Zeitung liveuamap Natural Earth Made admin OpenStreetMap MapLibre WebGL WebCodecs PNG WebM JSON json API URL iframe oEmbed postMessage origin cookie zod npm CSV SVG PDF A4 Letter SIL Open Font License BSD Clause MIT TopoJSON GeoJSON Noto Sans Esc Enter Shift Home End PgUp PgDn Tab Ctrl Alt Talks Atlas'.split(
		' '
	)
];
const WORK_NAMES = WORK_DATA.flatMap((work) => [
	work.title,
	work.publisher,
	...('authors' in work ? (work.authors ?? []) : [])
]).flatMap((text) => text.match(LATIN_WORD) ?? []);
const CONTENT_LATIN = new Set(
	['milestones', 'venues', 'treaty', 'works']
		.flatMap((kind) => Object.values(uk(kind)))
		.flatMap((text) => text.match(LATIN_WORD) ?? [])
);
const ALLOWED = new Set([...NAMES, ...WORK_NAMES, ...CONTENT_LATIN].map(bare));

/**
 * Latin words in what a reader sees and hears on the page: visible text, and the names and
 * descriptions assistive technology reads (aria-label, aria-valuetext, title, alt, placeholder),
 * and the document's title. Text marked as another language (`lang="en"`: a quote's original, the
 * language switch), not to be translated (`translate="no"`) or code (the embed API's examples) is
 * left out, and so are addresses (a printed link).
 */
async function latinWords(page: Page): Promise<string[]> {
	const words = await page.evaluate(() => {
		const found = new Set<string>();
		const add = (text: string | null) => {
			// Addresses and file names (a printed link, story.json) are not words.
			const words = text?.replace(/(https?:\/\/|\/)\S*|\S*\.[a-z]+\b/g, ' ');
			for (const word of words?.match(/\p{Script=Latin}[\p{Script=Latin}'’-]*\p{Script=Latin}/gu) ??
				[])
				found.add(word);
		};
		const foreign = (element: Element) =>
			element.closest(
				'[lang]:not([lang="uk"]), [translate="no"], code, pre, kbd, samp, script, style, noscript'
			) !== null;
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const element = node.parentElement;
			if (!element || foreign(element)) continue;
			if (!element.checkVisibility({ visibilityProperty: true })) continue;
			add(node.textContent);
		}
		for (const element of document.body.querySelectorAll(
			'[aria-label], [aria-valuetext], [title], [alt], [placeholder], [aria-description]'
		)) {
			if (foreign(element)) continue;
			for (const name of ['aria-label', 'aria-valuetext', 'title', 'alt', 'placeholder'])
				add(element.getAttribute(name));
		}
		add(document.title);
		return [...found];
	});
	return words.filter((word) => !ALLOWED.has(bare(word))).sort();
}

const SPRING_TALKS = chapterMilestones(MILESTONES, 'spring-2022').filter(isTalksMilestone);

const PAGES: { path: string; ready: (page: Page) => Promise<void> }[] = [
	{ path: '/uk', ready: (page) => openAtlas(page, '/uk') },
	{
		path: '/uk/milestone/istanbul-communique',
		ready: (page) => openAtlas(page, '/uk/milestone/istanbul-communique')
	},
	{ path: '/uk/story', ready: async (page) => void (await page.goto('/uk/story')) },
	{
		path: '/uk/handout',
		ready: async (page) => {
			await page.goto('/uk/handout');
			await handoutReady(page, 'uk');
		}
	},
	{ path: '/uk/about', ready: async (page) => void (await page.goto('/uk/about')) },
	{
		path: '/uk/embed',
		ready: async (page) => {
			await page.goto('/uk/embed?milestone=istanbul-communique');
			await expect(page.locator('[data-status]')).toHaveAttribute('data-status', 'ready', {
				timeout: 30_000
			});
		}
	},
	{ path: '/uk/embed-api', ready: async (page) => void (await page.goto('/uk/embed-api')) }
];

for (const { path, ready } of PAGES) {
	test(`${path} is in Ukrainian: lang="uk", no English left in what it shows and says`, async ({
		page
	}) => {
		await ready(page);
		await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
		expect(await latinWords(page)).toEqual([]);
		// Every page names its other edition, both ways.
		const english = path.replace(/^\/uk(?=\/|$)/, '') || '/';
		await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute(
			'href',
			new RegExp(`^https?://[^/]+${english === '/' ? '/?' : english}$`)
		);
		await expect(page.locator('link[rel="alternate"][hreflang="uk"]')).toHaveAttribute(
			'href',
			new RegExp(`^https?://[^/]+${path}$`)
		);
	});
}

test('the Ukrainian atlas opens the milestone in Ukrainian, with dates and the slider in Ukrainian', async ({
	page
}) => {
	await openAtlas(page, '/uk?milestone=istanbul-communique');
	await expect(page.getByRole('heading', { name: ukTitle('istanbul-communique') })).toBeVisible();
	await expect(page.getByTestId('date-slider')).toHaveAttribute(
		'aria-valuetext',
		/^29 березня 2022/
	);
	// The basemap's labels are in Ukrainian too.
	await settled(page);
	const field = await page.evaluate(() =>
		window.__talksAtlas!.map.getLayoutProperty('place-labels', 'text-field')
	);
	expect(JSON.stringify(field)).toContain('name_uk');
	expect(await latinWords(page)).toEqual([]);
});

test('the language switch keeps the view: the same milestone and day in the other edition', async ({
	page
}) => {
	await openAtlas(page, '/?milestone=istanbul-communique');
	await page.getByRole('link', { name: 'Українською' }).click();
	await expect(page).toHaveURL(/\/uk\?(.*&)?milestone=istanbul-communique/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
	await expect(page.getByRole('heading', { name: ukTitle('istanbul-communique') })).toBeVisible({
		timeout: 30_000
	});
	await page.getByRole('link', { name: 'English', exact: true }).click();
	await expect(page).toHaveURL(/\/\?(.*&)?milestone=istanbul-communique/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('the UI’s Ukrainian text loads with Ukrainian pages only, and with code loaded later', async ({
	page
}) => {
	const messages = (locale: string) => ({
		...JSON.parse(readFileSync(`src/lib/i18n/messages/atlas.${locale}.json`, 'utf8')),
		...JSON.parse(readFileSync(`src/lib/i18n/messages/site.${locale}.json`, 'utf8'))
	});
	const [en, ukr] = [messages('en'), messages('uk')];
	const bodies: Promise<[string, string]>[] = [];
	const errors: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	page.on('response', (response) => {
		const { pathname } = new URL(response.url());
		if (pathname.endsWith('.js') && !pathname.includes('maplibre'))
			bodies.push(response.text().then((text) => [pathname, text]));
	});
	const scripts = async () => new Map(await Promise.all(bodies.splice(0)));

	await openAtlas(page, '/');
	await page.getByRole('button', { name: en.atlas_share_button }).click();
	await expect(page.getByTestId('share-dialog')).toContainText(en.atlas_share_control_layers);
	const english = await scripts();
	const code = [...english.values()].join('\n');
	// The English page's messages, the share dialog's among them: in its code in English only.
	for (const id of ['atlas_share_button', 'atlas_share_control_layers', 'site_tagline']) {
		expect(code, id).toContain(en[id]);
		expect(code, id).not.toContain(ukr[id]);
	}
	expect([...english.keys()].filter((path) => path.endsWith('.uk.js'))).toEqual([]);
	await expect(page.locator('link[rel="modulepreload"][href$=".uk.js"]')).toHaveCount(0);

	await openAtlas(page, '/uk');
	await expect(page.getByRole('button', { name: ukr.atlas_share_button })).toBeVisible();
	// The page preloads them with its code (they are not asked for only as each chunk runs).
	const preloaded = await page
		.locator('link[rel="modulepreload"][href$=".uk.js"]')
		.evaluateAll((links) => links.map((link) => new URL((link as HTMLLinkElement).href).pathname));
	expect(preloaded.length).toBeGreaterThan(0);
	const ukrainian = await scripts();
	expect(preloaded.filter((path) => !ukrainian.has(path))).toEqual([]);
	// The share dialog's code loads when it is first opened, and waits for its text.
	await page.getByRole('button', { name: ukr.atlas_share_button }).click();
	await expect(page.getByTestId('share-dialog')).toContainText(ukr.atlas_share_control_layers);
	expect(await latinWords(page)).toEqual([]);
	await page.keyboard.press('Escape');
	// Another page's code, by the router (no new document): in Ukrainian too.
	await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
	await page.getByRole('link', { name: ukr.site_nav_story }).first().click();
	await expect(page).toHaveURL(/\/uk\/story$/);
	await expect(page.locator('main h1')).toBeVisible();
	expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);
	expect(await latinWords(page)).toEqual([]);
	expect(errors.filter((text) => text.includes('is not loaded'))).toEqual([]);
});

test('the cards over the map end above its credit, however many lines the credit takes', async ({
	page
}) => {
	for (const [path, width, height] of [
		['/uk', 1280, 800],
		['/uk', 1024, 768],
		['/', 1024, 768]
	] as const) {
		await page.setViewportSize({ width, height });
		await openAtlas(page, path);
		const corner = page.locator(CREDIT_CORNER);
		const cards = page.locator('.overlays');
		// Polled: the credit is replaced when the front lines are first drawn, and the cards follow
		// its new height a frame later.
		await expect
			.poll(
				async () => {
					const [credit, over] = [await corner.boundingBox(), await cards.boundingBox()];
					return credit && over ? over.y + over.height - credit.y : null;
				},
				{ message: `${path} at ${width}×${height}: cards' bottom minus the credit's top` }
			)
			.toBeLessThanOrEqual(0);
	}
});

test('an embed asked for with lang=uk is the Ukrainian edition, its other parameters kept', async ({
	page
}) => {
	await page.goto('/embed?lang=uk&milestone=istanbul-communique');
	await expect(page).toHaveURL(/\/uk\/embed\?milestone=istanbul-communique$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
});

test('the bibliography says where a title’s words come from, in the reader’s language', async ({
	page
}) => {
	const entry = (url: string) => page.locator('li', { has: page.locator(`a[href="${url}"]`) });
	const rbc =
		'https://www.rbc.ua/ukr/news/chi-diyshli-zgodi-ukrayina-ta-rf-zhenevi-1771438151.html/amp';
	const caption = WORK_DATA.find((work) => work.id === 'mdr-2025-02')!;
	const described = 'https://www.novinite.com/view_news.php?id=235759';
	const ukWorks = uk('works');
	await page.goto('/about');
	await expect(entry(rbc)).toContainText(
		'“Did Ukraine and Russia reach agreement in Geneva” (title from the URL, translated from Ukrainian)'
	);
	await expect(entry(caption.url!)).toContainText(`Photo caption: “${caption.title}”`);
	// A title the atlas wrote is not quoted, and says so; in Ukrainian it is translated.
	await expect(entry(described)).toContainText(
		'Kremlin: no compromise yet after talks with Trump’s envoys (descriptive title), Novinite'
	);
	await page.goto('/uk/about');
	await expect(entry(described)).toContainText(
		`${ukWorks['works/novinite-2025-12-04/title']} (описова назва), Novinite`
	);
	// A Ukrainian page's words, in Ukrainian: no rendering needed.
	await expect(entry(rbc)).toContainText(
		'«Чи дійшли згоди Україна та РФ у Женеві» (назву відновлено з адреси сторінки)'
	);
	await expect(entry(caption.url!)).toContainText(`Підпис до фото: «${caption.title}»`);
});

test('the Ukrainian handout prints in Ukrainian: a cover and one page per talks milestone', async ({
	page
}) => {
	test.setTimeout(120_000);
	await page.goto('/uk/handout');
	await handoutReady(page, 'uk');
	const pdf = await readPdf(await page.pdf({ format: 'A4' }));
	expect(pdf.length).toBe(1 + SPRING_TALKS.length);
	for (const [i, milestone] of SPRING_TALKS.entries()) {
		const sheet = pdf[i + 1];
		expect(sheet.compact, milestone.id).toContain(compactText(ukTitle(milestone.id)));
		expect(sheet.compact, milestone.id).toContain(`/uk/milestone/${milestone.id}`);
	}
});

test.describe('accessibility', () => {
	test.use({ bypassCSP: true });

	test('the Ukrainian pages pass axe-core (no serious or critical violations)', async ({
		page
	}) => {
		test.setTimeout(120_000);
		for (const { path, ready } of PAGES) {
			await ready(page);
			expect(await seriousViolations(page), path).toEqual([]);
		}
	});
});
