import { expect, test, type Page, type Route } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { MILESTONE_DATA as MILESTONES } from '../../src/lib/content/data/milestones';
import { chapterMilestones } from '../../src/lib/story/chapters';
import { isTalksMilestone } from '../../src/lib/story/milestones';
import { seriousViolations } from './helpers';
import { compactText, pixelStats, readPdf, type PdfPage } from './pdf';

// /handout is the first chapter's; the later chapters have their own (see chapters.e2e.ts).
const TALKS = chapterMilestones(MILESTONES, 'spring-2022').filter(isTalksMilestone);
const SCALE = 1.5;

async function openHandout(page: Page) {
	await page.goto('/handout');
	await expect(page.getByRole('status')).toHaveText(
		`All ${TALKS.length} maps are ready to print.`,
		{ timeout: 30_000 }
	);
}

/**
 * Where a section's map lies on its page, from the caption printed right under it: the figure
 * spans the text column (page width less twice the left margin) at the maps' 1000:620 shape.
 * The box is shrunk a little so the frame's edge and the caption never count.
 */
function mapBox(page: PdfPage) {
	const left = Math.min(...page.words.map((w) => w.x));
	const caption = page.words.find(
		(w) => /^Front/.test(w.str) && !w.str.includes('Basemap') && Math.abs(w.x - left) < 2
	);
	if (!caption) throw new Error(`no map caption on the page: ${page.compact.slice(0, 80)}`);
	const width = page.width - 2 * left;
	const height = (width * 620) / 1000;
	const bottom = caption.top - 3;
	return {
		x: left + width * 0.03,
		y: bottom - height * 0.97,
		width: width * 0.94,
		height: height * 0.94
	};
}

async function mapStats(page: PdfPage) {
	return pixelStats(await page.render(SCALE), SCALE, mapBox(page));
}

for (const format of ['A4', 'Letter'] as const) {
	test(`printed on ${format}, the handout has a cover and one page per talks milestone, each with its map drawn`, async ({
		page
	}) => {
		test.setTimeout(120_000);
		await openHandout(page);
		const pdf = await readPdf(await page.pdf({ format }));

		// A cover, then exactly one page per milestone: a section that ran over (a cut map, a
		// heading left alone at a page's foot) would add a page and shift the rest.
		expect(pdf.length).toBe(1 + TALKS.length);
		const cover = pdf[0].compact;
		expect(cover).toContain(compactText('The spring-2022 Russia–Ukraine peace talks'));
		expect(cover).toContain(compactText('The talks: 28 February 2022 – 17 May 2022'));
		expect(cover).toContain('InstitutefortheStudyofWar');
		expect(cover).toContain('liveuamap.com');
		expect(cover).toContain('NaturalEarth');

		for (const [i, milestone] of TALKS.entries()) {
			const sheet = pdf[i + 1];
			const where = `${format} page ${i + 2} (${milestone.id})`;
			expect(sheet.compact, where).toContain(compactText(milestone.title));
			expect(sheet.compact, where).toContain(`/milestone/${milestone.id}`);
			expect(sheet.compact, where).toContain('Sources');
			// The sources' judgement prints on the milestone's own page, not spilled onto the next.
			for (const judgement of milestone.judgements ?? []) {
				expect(sheet.compact, where).toContain(compactText(`${judgement.by}:`));
			}
			const stats = await mapStats(sheet);
			// A drawn map is almost all ink (sea, land, fills) with a wide spread of tones and
			// some red of Russian control; a blank box or a placeholder is mostly paper.
			expect(stats.inked, `${where}: inked share`).toBeGreaterThan(0.9);
			expect(stats.spread, `${where}: luminance spread`).toBeGreaterThan(8);
			expect(stats.red, `${where}: red of Russian control`).toBeGreaterThan(0.005);
		}
	});
}

test('a page printed before its map arrives carries a clear placeholder, and a failed map says so', async ({
	page
}) => {
	test.setTimeout(90_000);
	let release: () => void = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/handout/maps/istanbul-communique.svg', async (route) => {
		await held;
		await route.continue().catch(() => {});
	});
	await page.route('**/handout/maps/bucha.svg', (route) => route.abort());
	// A held map holds the page's load event: go on once the document is there.
	await page.goto('/handout', { waitUntil: 'domcontentloaded' });
	await expect(page.getByRole('status')).toHaveText(
		`Loading maps: ${TALKS.length - 2} of ${TALKS.length} ready…`,
		{ timeout: 30_000 }
	);
	const pdf = await readPdf(await page.pdf({ format: 'A4' }));
	release();
	expect(pdf.length).toBe(1 + TALKS.length);

	const pageOf = (id: string) => pdf[TALKS.findIndex((m) => m.id === id) + 1];
	const loading = pageOf('istanbul-communique');
	expect(loading.compact).toContain(compactText('Map still loading when this page was printed'));
	const failed = pageOf('bucha');
	expect(failed.compact).toContain(compactText('This map could not be loaded'));
	// Neither prints as a blank box passing for a map, nor as a map: the placeholder is paper
	// and words.
	for (const sheet of [loading, failed]) {
		const stats = await mapStats(sheet);
		expect(stats.inked).toBeLessThan(0.3);
		expect(stats.inked).toBeGreaterThan(0.002);
	}
	const drawn = await mapStats(pageOf('round-1-liaskavichy'));
	expect(drawn.inked).toBeGreaterThan(0.9);

	await expect(page.getByRole('status')).toHaveText(
		`1 of ${TALKS.length} maps could not be loaded and will print as a placeholder. Reload the page to try again.`
	);
});

test('the Print button waits for the maps, then opens the print dialog once', async ({ page }) => {
	await page.addInitScript(() => {
		const calls: number[] = [];
		(window as unknown as { printCalls: number[] }).printCalls = calls;
		window.print = () => void calls.push(Date.now());
	});
	let held: Route | null = null;
	await page.route('**/handout/maps/draft-15-april.svg', (route) => {
		held = route;
	});
	// A held map holds the page's load event: go on once the document is there.
	await page.goto('/handout', { waitUntil: 'domcontentloaded' });
	await expect(page.getByRole('status')).toHaveText(
		`Loading maps: ${TALKS.length - 1} of ${TALKS.length} ready…`,
		{ timeout: 30_000 }
	);
	const button = page.getByRole('button', { name: 'Print or save as PDF' });
	await button.click();
	await expect(page.getByRole('button', { name: 'Waiting for the maps…' })).toBeDisabled();
	await page.waitForTimeout(500);
	expect(
		await page.evaluate(() => (window as unknown as { printCalls: number[] }).printCalls)
	).toHaveLength(0);

	const svg = readFileSync('build/handout/maps/draft-15-april.svg');
	await (held as Route | null)?.fulfill({ body: svg, contentType: 'image/svg+xml' });
	await expect
		.poll(() =>
			page.evaluate(() => (window as unknown as { printCalls: number[] }).printCalls.length)
		)
		.toBe(1);
	await expect(page.getByRole('status')).toHaveText(`All ${TALKS.length} maps are ready to print.`);
	await expect(button).toBeEnabled();
});

test('the handout page has no serious accessibility problems, and its links open each view', async ({
	page
}) => {
	await openHandout(page);
	expect(await seriousViolations(page)).toEqual([]);
	const links = page.getByRole('link', { name: /\/milestone\// });
	await expect(links).toHaveCount(TALKS.length);
	await links.nth(TALKS.findIndex((m) => m.id === 'draft-15-april')).click();
	await expect(page).toHaveURL(/\/milestone\/draft-15-april$/);
	await expect(page.getByRole('heading', { name: /Draft treaty of 15 April/ })).toBeVisible();
});

test('?compare= draws another day’s front line over every map, keys and captions it, and prints it', async ({
	page
}) => {
	test.setTimeout(120_000);
	await page.goto('/handout?compare=2022-03-01');
	await expect(page.getByRole('status')).toHaveText(
		`All ${TALKS.length} maps are ready to print.`,
		{ timeout: 30_000 }
	);
	const lines = page.getByTestId('reference-line');
	await expect(lines).toHaveCount(TALKS.length);
	for (const d of await lines
		.locator('path')
		.evaluateAll((paths) => paths.map((p) => p.getAttribute('d') ?? '')))
		expect(d).toMatch(/^M[\d.]+ [\d.]+l/);
	await expect(page.getByTestId('reference-key')).toHaveText('Front line of 1 March 2022, dashed');
	const figure = page.locator(`#${TALKS[0].id} figcaption`);
	await expect(figure).toContainText('Dashed: the front line of 1 March 2022 (ISW/CTP).');

	const pdf = await readPdf(await page.pdf({ format: 'A4' }));
	expect(pdf.length).toBe(1 + TALKS.length);
	expect(pdf[1].compact).toContain(
		compactText('Dashed: the front line of 1 March 2022 (ISW/CTP).')
	);

	// Compared with its own day, a map's dashed line is its own front line, point for point.
	await page.getByLabel('A milestone').selectOption('istanbul-communique');
	const own = page.locator('#istanbul-communique [data-testid="reference-line"] path').first();
	await expect(page.getByTestId('reference-key')).toContainText('Front line of 29 March 2022');
	const svg = readFileSync('build/handout/maps/istanbul-communique.svg', 'utf8');
	expect(svg).toContain(`d="${await own.getAttribute('d')}"`);

	// Chosen on the page: the URL keeps it; “No comparison” takes it away.
	await page.getByLabel('A milestone').selectOption('bucha');
	await expect(page).toHaveURL(/\?compare=bucha$/);
	await expect(page.getByTestId('reference-key')).toContainText('Front line of 2 April 2022');
	await page.getByRole('button', { name: 'No comparison' }).click();
	await expect(page).toHaveURL(/\/handout$/);
	await expect(lines).toHaveCount(0);
});

test('a bad ?compare= prints the handout without a comparison and says why', async ({ page }) => {
	await page.goto('/handout?compare=%3Cb%3Esoon%3C%2Fb%3E');
	await expect(page.getByRole('alert')).toHaveText(
		'“<b>soon</b>” is neither a date like 2022-03-29 nor a milestone here, so there is no comparison.'
	);
	await expect(page.getByRole('status')).toHaveText(
		`All ${TALKS.length} maps are ready to print.`,
		{ timeout: 30_000 }
	);
	await expect(page.getByTestId('reference-line')).toHaveCount(0);
});
