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
