import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { formatDay } from '../../src/lib/dates';
import { asOfDate } from '../../src/lib/frontlines/catalog';
import type { FrontlineIndex } from '../../src/lib/frontlines/types';
import { featuresNear, openAtlas } from './helpers';

const INDEX: FrontlineIndex = JSON.parse(readFileSync('static/data/frontlines/index.json', 'utf8'));

const KHERSON: [number, number] = [32.6169, 46.6354];
const BUCHA: [number, number] = [30.2203, 50.5457];
const KYIV: [number, number] = [30.5234, 50.4501];
const MARIUPOL: [number, number] = [37.5498, 47.0951];
const SIMFEROPOL: [number, number] = [34.1, 44.95];

/** Opens the atlas on a day and waits until that day's front lines are drawn. */
async function openDay(page: Page, date: string, source = 'isw', asOf = date) {
	await openAtlas(page, `/?date=${date}&source=${source}`);
	await expect(page.getByTestId('asof')).toContainText(`map of ${formatDay(asOf)}`);
	await page.waitForFunction(() => {
		const map = window.__talksAtlas!.map;
		return map.isSourceLoaded('frontAreas') && map.loaded() && !map.isMoving();
	});
}

/** Which front layers are drawn at a place, looked at closely (zoom 9, about 150 m a pixel). */
async function kindsAt(page: Page, lonLat: [number, number]) {
	await page.evaluate((center) => window.__talksAtlas!.map.jumpTo({ center, zoom: 9 }), lonLat);
	await page.waitForFunction(() => {
		const map = window.__talksAtlas!.map;
		return map.loaded() && map.areTilesLoaded();
	});
	const features = await featuresNear(page, lonLat, ['front-control', 'front-advance'], 1);
	return [...new Set(features.map((f) => f.layer))].sort();
}

test('Kherson is Russian-controlled on 5 March 2022 and not on 12 November 2022', async ({
	page
}) => {
	await openDay(page, '2022-03-05');
	expect(await kindsAt(page, KHERSON)).toContain('front-control');
	await openDay(page, '2022-11-12');
	expect(await kindsAt(page, KHERSON)).not.toContain('front-control');
});

test('Bucha is in ISW’s advances in mid-March and in neither layer on 5 April 2022', async ({
	page
}) => {
	await openDay(page, '2022-03-16');
	expect(await kindsAt(page, BUCHA)).toEqual(['front-advance']);
	await openDay(page, '2022-04-05');
	expect(await kindsAt(page, BUCHA)).toEqual([]);
});

test('Kyiv is not controlled even on ISW’s broadest day, 25 February 2022', async ({ page }) => {
	await openDay(page, '2022-02-25');
	expect(await kindsAt(page, KYIV)).not.toContain('front-control');
});

test('Mariupol is controlled on 21 May 2022 in both sources, and Crimea in both', async ({
	page
}) => {
	await openDay(page, '2022-05-21');
	expect(await kindsAt(page, MARIUPOL)).toContain('front-control');
	expect(await kindsAt(page, SIMFEROPOL)).toContain('front-control');
	await openDay(page, '2022-05-21', 'liveuamap');
	expect(await kindsAt(page, MARIUPOL)).toContain('front-control');
	expect(await kindsAt(page, SIMFEROPOL)).toContain('front-control');
});

test('the front line is drawn as a line', async ({ page }) => {
	await openDay(page, '2022-04-05');
	const lines = await page.evaluate(
		() => window.__talksAtlas!.map.queryRenderedFeatures({ layers: ['front-line'] }).length
	);
	expect(lines).toBeGreaterThan(0);
});

test('a day without a liveuamap update shows the as-of date', async ({ page }) => {
	// NZZ updated on 2022-03-26 and then 2022-03-30.
	await openDay(page, '2022-03-28', 'liveuamap', '2022-03-26');
	await expect(page.getByTestId('legend')).toContainText(
		'No liveuamap/NZZ update for this day: showing the map as of 26 March 2022.'
	);
});

test('after November 2022 the UI says it shows liveuamap/NZZ instead of ISW', async ({ page }) => {
	const nzz = INDEX.sources.find((s) => s.id === 'liveuamap')!;
	await openDay(page, '2023-06-02', 'isw', asOfDate(nzz, '2023-06-02')!);
	await expect(page.getByTestId('legend')).toContainText(
		'ISW/CTP data here ends on 30 November 2022; this day shows liveuamap/NZZ.'
	);
	await expect(page.getByRole('radio', { name: /ISW\/CTP/ })).toBeChecked();
});

test('the first view loads only the talks-window data; later years load when visited', async ({
	page
}) => {
	const data: string[] = [];
	page.on('request', (r) => {
		const path = new URL(r.url()).pathname;
		if (path.startsWith('/data/frontlines/')) data.push(path);
	});
	await openDay(page, '2022-02-24');
	expect(data.sort()).toEqual([
		'/data/frontlines/index.json',
		'/data/frontlines/isw-2022-02-24_2022-05-31.topo.json'
	]);
	await page.getByTestId('date-slider').focus();
	await page.keyboard.press('End');
	await expect(page.getByTestId('asof')).toContainText('map of 21 August 2026');
	expect(data).toContain('/data/frontlines/liveuamap-2026-01-01_2026-12-31.topo.json');
	expect(data).not.toContain('/data/frontlines/liveuamap-2024-01-01_2024-12-31.topo.json');
});
