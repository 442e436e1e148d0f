import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { openAtlas, seriousViolations, settled, watchErrors } from './helpers';

/** The chart's series: the same index the app reads. */
const index = JSON.parse(readFileSync('static/data/frontlines/index.json', 'utf8')) as {
	sources: { id: string; dates: string[]; areaKm2: number[] }[];
};
const chartKm2 = (source: string, date: string) => {
	const s = index.sources.find((x) => x.id === source)!;
	return s.areaKm2[s.dates.indexOf(date)];
};

const km2In = (text: string) => Number(/([\d,]+) km²/.exec(text)![1].replaceAll(',', ''));

/** Features the map draws in a comparison layer, with their `change` and `date`. */
async function drawn(page: Page, layer: string) {
	return page.evaluate((layer) => {
		const map = window.__talksAtlas!.map;
		if (!map.getLayer(layer)) return [];
		return map
			.queryRenderedFeatures({ layers: [layer] })
			.map((f) => ({ change: f.properties.change as string, date: f.properties.date as string }));
	}, layer);
}

test('?compare= draws the other day’s line and what changed hands, in the chart’s km²', async ({
	page
}) => {
	const errors = watchErrors(page);
	await openAtlas(page, '/?date=2022-04-15&compare=istanbul-communique');
	const keys = page.getByTestId('compare-keys');
	await expect(keys).toContainText('Front line of 29 March 2022 (ISW/CTP), dashed');
	await expect(page.getByTestId('compare-gained')).toBeVisible({ timeout: 30_000 });
	await settled(page);

	const line = await drawn(page, 'compare-line');
	expect(line.length).toBeGreaterThan(0);
	expect(new Set(line.map((f) => f.date))).toEqual(new Set(['2022-03-29']));
	expect((await drawn(page, 'compare-gained')).length).toBeGreaterThan(0);
	expect((await drawn(page, 'compare-lost')).length).toBeGreaterThan(0);

	// Gained minus lost is the change in the chart's series, within 0.5 % of the day's area.
	const gained = km2In(await page.getByTestId('compare-gained').innerText());
	const lost = km2In(await page.getByTestId('compare-lost').innerText());
	const before = chartKm2('isw', '2022-03-29');
	const after = chartKm2('isw', '2022-04-15');
	expect(Math.abs(gained - lost - (after - before))).toBeLessThanOrEqual(0.005 * after);
	// The withdrawal from the north: far more lost than gained.
	expect(lost).toBeGreaterThan(2 * gained);
	const total = await page.getByTestId('compare-total').innerText();
	expect(total).toContain(`${before.toLocaleString('en-GB')} km² on 29 March 2022`);
	expect(total).toContain(`${after.toLocaleString('en-GB')} km² on 15 April 2022`);
	expect(await seriousViolations(page, '[data-testid="legend"]')).toEqual([]);
	expect(errors).toEqual([]);
});

test('the legend chooses what to compare with, the URL keeps it, and it can be stopped', async ({
	page
}) => {
	await openAtlas(page, '/?date=2022-05-20');
	await page.getByRole('button', { name: 'Compare with another day' }).click();
	const compare = page.getByTestId('compare');
	await compare.getByLabel('A milestone').selectOption('draft-15-april');
	await expect(page).toHaveURL(/compare=draft-15-april/);
	await expect(page.getByTestId('compare-keys')).toContainText('Front line of 15 April 2022');
	await expect.poll(async () => (await drawn(page, 'compare-line')).length).toBeGreaterThan(0);

	await compare.getByLabel('or a day').fill('2022-03-01');
	await expect(page).toHaveURL(/compare=2022-03-01/);
	await expect(page.getByTestId('compare-keys')).toContainText('Front line of 1 March 2022');

	// The share dialog's link and snippet carry it, as does the link to the handout.
	await page.getByRole('button', { name: 'Share / embed' }).click();
	const share = page.getByTestId('share-dialog');
	await expect(share.locator('#share-link')).toHaveValue(/[?&]compare=2022-03-01(&|$)/);
	expect(await share.locator('#share-snippet').inputValue()).toMatch(
		/(\?|&amp;)compare=2022-03-01/
	);
	await share.getByRole('button', { name: 'Close' }).click();
	await expect(compare.getByRole('link', { name: /handout to print/ })).toHaveAttribute(
		'href',
		'/handout?compare=2022-03-01'
	);

	await compare.getByRole('button', { name: 'Stop comparing' }).click();
	await expect(page).not.toHaveURL(/compare=/);
	await expect.poll(async () => (await drawn(page, 'compare-line')).length).toBe(0);
	await expect(page.getByTestId('compare-keys')).toHaveCount(0);
});

test('a bad compare= opens without a comparison and says why', async ({ page }) => {
	const errors = watchErrors(page);
	await openAtlas(page, '/?date=2022-04-15&compare=%3Cb%3Esoon%3C%2Fb%3E');
	await expect(page.getByTestId('notices')).toContainText(
		'“<b>soon</b>” is neither a date like 2022-03-29 nor a milestone here, so there is no comparison.'
	);
	await expect(page).not.toHaveURL(/compare=/);
	await expect(page.getByTestId('compare-keys')).toHaveCount(0);
	expect(await page.evaluate(() => !!window.__talksAtlas!.map.getSource('compare'))).toBe(false);
	expect(errors).toEqual([]);
});

test('the embed takes compare= and draws the other day’s line', async ({ page }) => {
	await page.goto('/embed?date=2025-05-16&compare=istanbul-communique');
	await expect(page.locator('[data-status]')).toHaveAttribute('data-status', 'ready', {
		timeout: 30_000
	});
	// ISW/CTP ends in 2022: both days come from liveuamap/NZZ, whose map of 29 March is its own.
	await expect
		.poll(async () => (await drawn(page, 'compare-line')).map((f) => f.date)[0], {
			timeout: 30_000
		})
		.toMatch(/^2022-03-(2\d|30)$/);
});

test('a slide in present mode carries the comparison, with what its line and colours mean', async ({
	page
}) => {
	await openAtlas(page, '/?milestone=draft-15-april&mode=present&compare=istanbul-communique');
	await expect(page.getByTestId('present-compare')).toHaveText(
		'Dashed: front line of 29 March 2022 (ISW/CTP) · orange: Russian-held on 15 April 2022, not on 29 March 2022 · teal: the reverse'
	);
	await expect.poll(async () => (await drawn(page, 'compare-line')).length).toBeGreaterThan(0);
	await expect
		.poll(async () => (await drawn(page, 'compare-lost')).length, { timeout: 30_000 })
		.toBeGreaterThan(0);
});

test('a PNG saved with a comparison on is made, and differs from one without', async ({ page }) => {
	await openAtlas(page, '/?date=2022-04-15&compare=2022-03-29');
	await expect(page.getByTestId('compare-gained')).toBeVisible({ timeout: 30_000 });
	await settled(page);
	const save = async () => {
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByTestId('export-png').click()
		]);
		return readFileSync((await download.path())!);
	};
	const withCompare = await save();
	expect(withCompare.subarray(1, 4).toString('ascii')).toBe('PNG');
	await page.getByTestId('compare').getByRole('button', { name: 'Stop comparing' }).click();
	await expect.poll(async () => (await drawn(page, 'compare-line')).length).toBe(0);
	await settled(page);
	const without = await save();
	expect(without.equals(withCompare)).toBe(false);
});

/** The map's colour at a place, read from the frame MapLibre draws next. */
async function pixelAt(page: Page, lonLat: [number, number]) {
	return page.evaluate(
		([lon, lat]) =>
			new Promise<number[]>((resolve) => {
				const map = window.__talksAtlas!.map;
				const point = map.project([lon, lat]);
				map.once('render', () => {
					const canvas = map.getCanvas();
					const copy = document.createElement('canvas');
					copy.width = canvas.width;
					copy.height = canvas.height;
					const context = copy.getContext('2d')!;
					context.drawImage(canvas, 0, 0);
					const ratio = canvas.width / canvas.clientWidth;
					const [r, g, b] = context.getImageData(
						Math.round(point.x * ratio),
						Math.round(point.y * ratio),
						1,
						1
					).data;
					resolve([r, g, b]);
				});
				map.triggerRepaint();
			}),
		lonLat
	);
}

/** How red a colour is: the control fill tints the land red. */
const redness = ([r, g]: number[]) => r - g;

test('side by side: the other day left of a divider that pointer and keys move', async ({
	page
}) => {
	const errors = watchErrors(page);
	await openAtlas(page, '/?date=2022-04-15&compare=2022-03-29&swipe=1');
	const divider = page.getByRole('slider', { name: /^Divider between/ });
	await expect(divider).toHaveAttribute('aria-valuenow', '50');
	await expect(page.getByTestId('swipe')).toContainText('29 March 2022 (ISW/CTP)');
	await expect
		.poll(() => page.evaluate(() => window.__talksAtlas!.swipeDays), { timeout: 30_000 })
		.toEqual({ left: '2022-03-29', right: '2022-04-15' });
	// No overlay of the other day's line and the changed areas: the halves show the two days.
	expect((await drawn(page, 'compare-line')).length).toBe(0);

	// Places north of Kyiv held on 29 March and not on 15 April (ISW/CTP): red with the divider
	// at the right edge (all of the map is 29 March), not at the left edge (all 15 April).
	const north: [number, number][] = [
		[30.0, 51.1],
		[29.95, 50.75]
	];
	await divider.focus();
	await page.keyboard.press('End');
	await expect(divider).toHaveAttribute('aria-valuenow', '100');
	await settled(page);
	const held = await Promise.all(north.map((p) => pixelAt(page, p)));
	await page.keyboard.press('Home');
	await expect(divider).toHaveAttribute('aria-valuenow', '0');
	await settled(page);
	const free = await Promise.all(north.map((p) => pixelAt(page, p)));
	// The control fill is translucent: a tint of about 25 levels of red over the land.
	north.forEach((_, i) => expect(redness(held[i]) - redness(free[i])).toBeGreaterThan(12));
	await page.keyboard.press('ArrowRight');
	await expect(divider).toHaveAttribute('aria-valuenow', '5');

	// The pointer: the handle follows it to a quarter of the map's width.
	const map = (await page.locator('.maplibregl-canvas').boundingBox())!;
	const handle = (await divider.boundingBox())!;
	await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
	await page.mouse.down();
	await page.mouse.move(map.x + map.width * 0.25, handle.y + handle.height / 2, { steps: 5 });
	await page.mouse.up();
	await expect(divider).toHaveAttribute('aria-valuenow', '25');

	// Off again from the legend: overlaid, and the URL says so.
	await page.getByLabel('Side by side, with a divider').uncheck();
	await expect(page).not.toHaveURL(/swipe=/);
	await expect(page.getByTestId('swipe')).toHaveCount(0);
	await expect.poll(async () => (await drawn(page, 'compare-line')).length).toBeGreaterThan(0);
	expect(await page.evaluate(() => window.__talksAtlas!.swipeDays)).toBeNull();
	expect(await seriousViolations(page)).toEqual([]);
	expect(errors).toEqual([]);
});
