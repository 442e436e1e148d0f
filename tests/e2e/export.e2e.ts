import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { openAtlas, settled } from './helpers';

test('the map is saved as a PNG of the map’s size, with a drawn map and its caption', async ({
	page
}) => {
	await openAtlas(page, '/?milestone=istanbul-communique');
	await settled(page);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByTestId('export-png').click()
	]);
	expect(download.suggestedFilename()).toBe('talks-atlas-2022-03-29-istanbul-communique.png');
	const bytes = readFileSync((await download.path())!);
	expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
	// IHDR: width and height, big-endian, right after the signature and the chunk header.
	const size = [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
	const canvas = await page.evaluate(() => {
		const c = window.__talksAtlas!.map.getCanvas();
		return [c.width, c.height];
	});
	expect(size).toEqual(canvas);

	// Luminance variance of the middle of the image (away from the burned-in caption and
	// credit): a blank or single-colour map would be near 0.
	const variance = await page.evaluate(async (base64) => {
		const image = new Image();
		image.src = `data:image/png;base64,${base64}`;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = image.width;
		canvas.height = image.height;
		const context = canvas.getContext('2d')!;
		context.drawImage(image, 0, 0);
		const { data } = context.getImageData(
			image.width / 4,
			image.height / 4,
			image.width / 2,
			image.height / 2
		);
		let sum = 0;
		let squares = 0;
		let n = 0;
		for (let i = 0; i < data.length; i += 4) {
			const l = 0.2126 * data[i] + 0.7152 * data[i + 1] + 0.0722 * data[i + 2];
			sum += l;
			squares += l * l;
			n++;
		}
		const mean = sum / n;
		return squares / n - mean * mean;
	}, bytes.toString('base64'));
	expect(variance).toBeGreaterThan(50);
});

test('the chart’s series is saved as a CSV that parses and matches the chart, credit first', async ({
	page
}) => {
	await openAtlas(page, '/?date=2025-05-16&source=liveuamap');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Data as CSV' }).click()
	]);
	expect(download.suggestedFilename()).toBe('talks-atlas-area-liveuamap.csv');
	const text = readFileSync((await download.path())!, 'utf8');
	const lines = text.trim().split('\n');
	expect(lines[1]).toMatch(/^# Source: liveuamap\/NZZ\. .*NZZ/);
	const body = lines.filter((line) => !line.startsWith('#'));
	expect(body[0]).toBe('date,km2,source,as_of');
	const rows = body.slice(1).map((line) => line.split(','));
	const index = JSON.parse(readFileSync('static/data/frontlines/index.json', 'utf8')) as {
		sources: { id: string; first: string; last: string; dates: string[]; areaKm2: number[] }[];
	};
	const source = index.sources.find((s) => s.id === 'liveuamap')!;
	expect(rows[0][0]).toBe(source.first);
	expect(rows.at(-1)![0]).toBe(source.last);
	// Every map's own day carries the chart's value for it; other days the latest map before.
	const byDay = new Map(rows.map((r) => [r[0], r]));
	source.dates.forEach((date, i) => {
		expect(byDay.get(date), date).toEqual([date, String(source.areaKm2[i]), 'liveuamap/NZZ', date]);
	});
	expect(rows.every((r) => r.length === 4 && r[3] <= r[0] && Number.isInteger(Number(r[1])))).toBe(
		true
	);
});
