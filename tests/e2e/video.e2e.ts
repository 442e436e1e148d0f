import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { openAtlas, settled } from './helpers';
import { readWebm } from './webm';

// Frames are drawn by a software WebGL here: a video of a few days takes tens of seconds.
test.setTimeout(240_000);

async function openDialog(page: Page) {
	await page.locator('[data-testid="export-video"]:visible').click();
	const dialog = page.getByTestId('video-dialog');
	await expect(dialog).toBeVisible();
	return dialog;
}

declare global {
	interface Window {
		/** The played video's frame at a time, drawn on a canvas (see `playVideo`). */
		frameAt?: (time: number) => Promise<CanvasRenderingContext2D>;
		videoDuration?: number;
	}
}

/**
 * A blank page playing the video as a browser does (the atlas's CSP allows no media), with
 * `window.frameAt(time)` to draw the frame shown at a time.
 */
async function playVideo(page: Page, bytes: Buffer): Promise<Page> {
	const blank = await page.context().newPage();
	await blank.evaluate(async (data) => {
		const video = document.createElement('video');
		video.muted = true;
		const raw = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
		video.src = URL.createObjectURL(new Blob([raw], { type: 'video/webm' }));
		await new Promise((resolve, reject) => {
			video.onloadeddata = resolve;
			video.onerror = () => reject(new Error(`the video does not play: ${video.error?.message}`));
		});
		window.videoDuration = video.duration;
		window.frameAt = async (time) => {
			await new Promise<void>((resolve) => {
				video.onseeked = () => resolve();
				video.currentTime = time;
			});
			const canvas = document.createElement('canvas');
			canvas.width = video.videoWidth;
			canvas.height = video.videoHeight;
			const context = canvas.getContext('2d')!;
			context.drawImage(video, 0, 0);
			return context;
		};
	}, bytes.toString('base64'));
	return blank;
}

/** The video's duration, width, and the mean difference (0–255) of its ends in the map's middle. */
async function framesDiffer(page: Page, bytes: Buffer) {
	const blank = await playVideo(page, bytes);
	return blank.evaluate(async () => {
		const middle = (context: CanvasRenderingContext2D) => {
			const { width: w, height: h } = context.canvas;
			return context.getImageData(w / 4, h / 4, w / 2, h / 2).data;
		};
		const duration = window.videoDuration!;
		const firstFrame = await window.frameAt!(0);
		const first = middle(firstFrame);
		// The last frame starts a frame's time before the end.
		const last = middle(await window.frameAt!(duration - 0.05));
		let sum = 0;
		for (let i = 0; i < first.length; i += 4)
			sum += Math.abs(first[i] - last[i]) + Math.abs(first[i + 1] - last[i + 1]);
		return { duration, width: firstFrame.canvas.width, difference: sum / (first.length / 2) };
	});
}

test('a video of 29 March to 8 April 2022 is a WebM of one frame a day, its ends different', async ({
	page
}) => {
	await openAtlas(page, '/?date=2022-03-29&source=isw');
	await settled(page);
	const before = await page.evaluate(() => ({
		url: location.search,
		canvas: [
			window.__talksAtlas!.map.getCanvas().width,
			window.__talksAtlas!.map.getCanvas().height
		]
	}));
	const dialog = await openDialog(page);
	await dialog.getByLabel('From').fill('2022-03-29');
	await dialog.getByLabel('To').fill('2022-04-08');
	await dialog.getByLabel('Days a second').selectOption('10');
	await expect(dialog.getByTestId('video-plan')).toHaveText('11 frames, 1.1 seconds, under 1 MB.');
	const [download] = await Promise.all([
		page.waitForEvent('download', { timeout: 200_000 }),
		dialog.getByRole('button', { name: 'Make video' }).click()
	]);
	expect(download.suggestedFilename()).toBe('talks-atlas-2022-03-29-to-2022-04-08.webm');
	await expect(dialog.getByTestId('video-status')).toHaveText(
		/^Saved talks-atlas-2022-03-29-to-2022-04-08\.webm \(\d+\.\d MB\)\.$/
	);
	const bytes = readFileSync((await download.path())!);
	const webm = readWebm(bytes);
	expect(webm.docType).toBe('webm');
	expect([webm.width, webm.height]).toEqual([1280, 720]);
	// One frame a day, each at its own time (index / fps) however long it took to draw.
	expect(webm.codecId).toMatch(/^V_VP[89]$/);
	expect(webm.frames.map((f) => f.time)).toEqual(Array.from({ length: 11 }, (_, i) => i * 100));
	expect(webm.frames[0].key).toBe(true);
	expect(webm.duration).toBe(1100);

	const decoded = await framesDiffer(page, bytes);
	expect(decoded.width).toBe(1280);
	expect(decoded.duration).toBeCloseTo(1.1, 2);
	// 8 April: the Russian forces have left the north; the map's middle is not the same.
	expect(decoded.difference).toBeGreaterThan(0.5);

	// The reader's view is as it was.
	await dialog.getByRole('button', { name: 'Close' }).click();
	const after = await page.evaluate(() => ({
		url: location.search,
		canvas: [
			window.__talksAtlas!.map.getCanvas().width,
			window.__talksAtlas!.map.getCanvas().height
		]
	}));
	expect(after).toEqual(before);
	await expect.poll(() => page.evaluate(() => window.__talksAtlas!.drawnDay)).toBe('2022-03-29');
});

test('a video can be cancelled: nothing is saved and the map comes back', async ({ page }) => {
	await openAtlas(page, '/?date=2022-03-29&source=isw');
	await settled(page);
	const dialog = await openDialog(page);
	await dialog.getByLabel('From').fill('2022-03-01');
	await dialog.getByLabel('To').fill('2022-05-31');
	let downloaded = false;
	page.on('download', () => (downloaded = true));
	await dialog.getByRole('button', { name: 'Make video' }).click();
	await expect(dialog.getByTestId('video-status')).toHaveText(/^Frame [3-9] of 92/, {
		timeout: 60_000
	});
	await dialog.getByRole('button', { name: 'Cancel' }).click();
	await expect(dialog.getByTestId('video-status')).toHaveText('Cancelled: no video was saved.');
	expect(downloaded).toBe(false);
	await expect.poll(() => page.evaluate(() => window.__talksAtlas!.drawnDay)).toBe('2022-03-29');
});

test('a range the dialog cannot make says why and offers nothing to make', async ({ page }) => {
	await openAtlas(page, '/?date=2022-03-29');
	const dialog = await openDialog(page);
	await dialog.getByLabel('From').fill('2022-05-01');
	await dialog.getByLabel('To').fill('2022-04-01');
	await expect(dialog.getByRole('alert')).toHaveText('The last day must come after the first.');
	await expect(dialog.getByRole('button', { name: 'Make video' })).toBeDisabled();
});

test('a video side by side keeps one frame a day and draws the divider into each frame', async ({
	page
}) => {
	await openAtlas(page, '/?date=2022-04-08&source=isw&compare=2022-03-01&swipe=1');
	await settled(page);
	await expect
		.poll(() => page.evaluate(() => window.__talksAtlas!.swipeDays))
		.toEqual({ left: '2022-03-01', right: '2022-04-08' });
	const dialog = await openDialog(page);
	await dialog.getByLabel('From').fill('2022-04-01');
	await dialog.getByLabel('To').fill('2022-04-04');
	const [download] = await Promise.all([
		page.waitForEvent('download', { timeout: 200_000 }),
		dialog.getByRole('button', { name: 'Make video' }).click()
	]);
	const bytes = readFileSync((await download.path())!);
	expect(readWebm(bytes).frames.map((f) => f.time)).toEqual([0, 100, 200, 300]);
	// The divider burned in: a dark rule down the frame where the page's divider is (half way).
	const blank = await playVideo(page, bytes);
	const column = await blank.evaluate(async () => {
		const context = await window.frameAt!(0.05);
		// Mean luminance of each column across the frame's middle third.
		const { width, height } = context.canvas;
		const h = height;
		const { data: px } = context.getImageData(0, h / 3, width, h / 3);
		const means: number[] = [];
		for (let x = 0; x < width; x++) {
			let sum = 0;
			for (let y = 0; y < h / 3; y++) {
				const i = (y * width + x) * 4;
				sum += 0.2126 * px[i] + 0.7152 * px[i + 1] + 0.0722 * px[i + 2];
			}
			means.push(sum / (h / 3));
		}
		// Within the middle half (the frame's edges may be darker: water, the map's frame).
		const from = Math.round(width / 4);
		const middle = means.slice(from, width - from);
		const darkest = from + middle.indexOf(Math.min(...middle));
		const around = means.slice(630, 650).map(Math.round);
		return { darkest, width, value: means[darkest], around };
	});
	expect(Math.abs(column.darkest - column.width / 2), JSON.stringify(column)).toBeLessThan(6);
	expect(column.value).toBeLessThan(90);
});
