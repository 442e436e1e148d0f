/**
 * The benchmark's scrubbing measures (used by bench.mjs): a bare repaint of the same map, one-day
 * steps, a drag across the talks window and playback, each on the real page. "Repaint" and
 * "step" are timed alike: from the request (a triggerRepaint, a key press) to MapLibre's `render`
 * event of the first frame that shows the result.
 */

/** Waits until the map is at rest with MapLibre's own front-line layers drawing the day. */
export async function settled(page) {
	await page.waitForFunction(
		() => {
			const hook = window.__talksAtlas;
			const map = hook?.map;
			return (
				map &&
				map.loaded() &&
				!map.isMoving() &&
				map.areTilesLoaded() &&
				hook.drawnBy === 'maplibre'
			);
		},
		null,
		{ timeout: 30_000, polling: 50 }
	);
}

/** Opens the atlas and waits until the days around are prepared (or stop arriving). */
export async function openPrepared(browser, url, days) {
	const context = await browser.newContext({
		viewport: { width: 1280, height: 800 },
		// Steady state: the service worker's one-time install is kept out of these figures.
		serviceWorkers: 'block'
	});
	const page = await context.newPage();
	await page.addInitScript(() => {
		window.__longTasks = [];
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]);
		}).observe({ type: 'longtask' });
	});
	await page.goto(url);
	await page.waitForSelector('[data-status="ready"]', { timeout: 60_000 });
	await page.waitForFunction((n) => (window.__talksAtlas?.preparedDays ?? 0) >= n, days, {
		timeout: 60_000,
		polling: 200
	});
	await settled(page);
	await page.waitForTimeout(300);
	return { context, page };
}

/** `count` repaints of the settled map, each from rest. */
export async function measureRepaints(page, count = 40) {
	const times = [];
	for (let i = 0; i < count; i++) {
		await page.waitForTimeout(60);
		times.push(
			await page.evaluate(
				() =>
					new Promise((resolve) => {
						const map = window.__talksAtlas.map;
						const start = performance.now();
						map.once('render', () => resolve(performance.now() - start));
						map.triggerRepaint();
					})
			)
		);
	}
	return times;
}

/** Repaints back to back for two seconds: how many frames a second this machine can draw. */
export async function measureRepaintLoop(page) {
	return page.evaluate(
		() =>
			new Promise((resolve) => {
				const map = window.__talksAtlas.map;
				const start = performance.now();
				const before = window.__longTasks.length;
				let frames = 0;
				const onRender = () => {
					frames++;
					if (performance.now() - start < 2000) return map.triggerRepaint();
					map.off('render', onRender);
					const seconds = (performance.now() - start) / 1000;
					const tasks = window.__longTasks.slice(before).map(([, d]) => d);
					resolve({ framesPerSecond: frames / seconds, longestTaskMs: Math.max(0, ...tasks) });
				};
				map.on('render', onRender);
				map.triggerRepaint();
			})
	);
}

/**
 * One-day steps with the arrow keys, each from rest, two forward then two back. A step onto a day
 * without an update of its own shows the same frame and draws nothing new: it is left out.
 */
export async function measureSteps(page, count = 40) {
	await page.focus('[data-testid="date-slider"]');
	const frames = [];
	const work = [];
	for (let i = 0; frames.length < count && i < count * 3; i++) {
		await settled(page);
		await page.waitForTimeout(100);
		await page.evaluate(() => {
			performance.clearMeasures();
			performance.clearMarks('talks-atlas:step-start');
		});
		const before = await page.evaluate(() => window.__talksAtlas.drawnDay);
		await page.keyboard.press(i % 4 < 2 ? 'ArrowRight' : 'ArrowLeft');
		const result = await page
			.waitForFunction(
				(before) => {
					const stepWork = performance.getEntriesByName('talks-atlas:step')[0];
					const next = performance.getEntriesByName('talks-atlas:step-frame')[0];
					if (stepWork && next && window.__talksAtlas.drawnDay !== before) {
						return [stepWork.duration, next.duration];
					}
					return null;
				},
				before,
				{ timeout: 3_000, polling: 20 }
			)
			.catch(() => null);
		if (!result) continue;
		const [w, f] = await result.jsonValue();
		work.push(w);
		frames.push(f);
	}
	return { work, frames };
}

/**
 * A pointer drag over the whole talks window (24 Feb – 31 May 2022, 97 days) in about three
 * seconds. Every frame drawn during it is recorded with its day, and right after each frame
 * (once the page has run its updates) the legend's and the credit's words are checked against
 * that day.
 */
export async function measureDrag(page) {
	await page.focus('[data-testid="date-slider"]');
	await page.keyboard.press('Home');
	await page.waitForFunction(() => window.__talksAtlas.drawnDay === '2022-02-24');
	// Home lands on the first milestone's framing: let the camera arrive first.
	await settled(page);
	const track = await page.getByTestId('date-slider').boundingBox();
	const band = await page.locator('.talks-band').boundingBox();
	const y = track.y + track.height / 2;
	// The talks band ends at the window's last day, and days are evenly spaced inside it: move
	// the pointer day by day, through each day's own position.
	const days = 97;
	const at = (day) => track.x + (band.x - track.x) + (band.width * day) / (days - 1);
	// Sampled at every frame the page paints (the drag overlay draws without a map repaint).
	await page.evaluate(() => {
		const hook = window.__talksAtlas;
		const frames = (window.__dragFrames = []);
		// The map's own repaints, to tell the long tasks that are one MapLibre frame from the rest.
		const renders = (window.__dragRenders = []);
		hook.map.on('render', () => renders.push(performance.now()));
		const legendSays = () =>
			document.querySelector('[data-testid="legend"] summary')?.textContent ?? '';
		const creditSays = () =>
			document.querySelector('.maplibregl-ctrl-attrib-inner')?.textContent ?? '';
		const sample = (t) => {
			// Sampled as the frame begins: the page's state from the tasks before it.
			const asked = document
				.querySelector('[data-testid="date-slider"]')
				?.getAttribute('aria-valuenow');
			frames.push({ t, day: hook.drawnDay, asked, legend: legendSays(), credit: creditSays() });
			requestAnimationFrame(sample);
		};
		requestAnimationFrame(sample);
	});
	const before = await page.evaluate(() => window.__longTasks.length);
	await page.mouse.move(at(0), y);
	await page.mouse.down();
	const start = await page.evaluate(() => performance.now());
	const began = Date.now();
	for (let i = 1; i < days; i++) {
		await page.mouse.move(at(i), y);
		const due = began + (3000 * i) / (days - 1);
		const wait = due - Date.now();
		if (wait > 0) await page.waitForTimeout(wait);
	}
	await page.mouse.up();
	const end = await page.evaluate(() => performance.now());
	await page.waitForTimeout(1500);
	return page.evaluate(
		({ start, end, before }) => {
			const frames = window.__dragFrames;
			const during = frames.filter((f) => f.t >= start && f.t <= end);
			const days = new Set(during.map((f) => f.day));
			// The slider's value is days since 24 February 2022, the data's first day.
			const first = Date.parse('2022-02-24T00:00:00Z');
			const asked = new Set(
				during
					.filter((f) => f.asked !== null)
					.map((f) => new Date(first + Number(f.asked) * 86_400_000).toISOString().slice(0, 10))
			);
			const askedAndDrawn = [...asked].filter((day) => days.has(day)).length;
			const lastDay = new URL(location.href).searchParams.get('date');
			const after = frames.filter((f) => f.t > end);
			const drawnAt = after.findIndex((f) => f.day === lastDay);
			const fmt = (day) =>
				new Date(`${day}T00:00:00Z`).toLocaleDateString('en-GB', {
					day: 'numeric',
					month: 'long',
					year: 'numeric',
					timeZone: 'UTC'
				});
			const mismatches = frames
				.filter((f) => f.day && f.t >= start)
				.filter((f) => !f.legend.includes(fmt(f.day)) || !/ISW/.test(f.credit));
			const tasks = window.__longTasks.slice(before).filter(([t]) => t >= start && t <= end);
			return {
				seconds: (end - start) / 1000,
				frames: during.length,
				distinctDays: days.size,
				daysAskedFor: asked.size,
				daysAskedForAndDrawn: askedAndDrawn,
				daysPerSecond: days.size / ((end - start) / 1000),
				lastDay,
				framesToLastDay: drawnAt < 0 ? null : drawnAt + 1,
				describedWrong: mismatches.length,
				describedChecked: frames.filter((f) => f.day && f.t >= start).length,
				longestTaskMs: Math.max(0, ...tasks.map(([, d]) => d)),
				tasksOver50: tasks.filter(([, d]) => d > 50).length,
				mapRepaintsInDrag: window.__dragRenders.filter((t) => t >= start && t <= end).length,
				longestTaskWithoutMapRepaintMs: Math.max(
					0,
					...tasks
						.filter(([t, d]) => !window.__dragRenders.some((r) => r >= t && r <= t + d))
						.map(([, d]) => d)
				)
			};
		},
		{ start, end, before }
	);
}

/** Playback at 7 days a second (the fastest speed under 10) over three seconds, no stops. */
export async function measurePlayback(page) {
	await page.focus('[data-testid="date-slider"]');
	await page.keyboard.press('Home');
	await settled(page);
	await page.getByLabel('Speed').selectOption('7');
	await page.getByLabel('Pause at each milestone').selectOption('0');
	await page.evaluate(() => {
		const hook = window.__talksAtlas;
		const frames = (window.__playFrames = []);
		hook.map.on('render', () => frames.push({ t: performance.now(), day: hook.drawnDay }));
	});
	const start = await page.evaluate(() => {
		performance.clearMeasures();
		return performance.now();
	});
	await page.getByRole('button', { name: /Play/ }).click();
	await page.waitForTimeout(3000);
	await page.getByRole('button', { name: /Pause/ }).click();
	const end = await page.evaluate(() => performance.now());
	return page.evaluate(
		({ start, end }) => {
			const frames = window.__playFrames.filter((f) => f.t >= start && f.t <= end && f.day);
			const shown = [...new Set(frames.map((f) => f.day))].sort();
			const dayNumber = (d) => Date.parse(`${d}T00:00:00Z`) / 86_400_000;
			const span = shown.length ? dayNumber(shown.at(-1)) - dayNumber(shown[0]) + 1 : 0;
			const steps = performance
				.getEntriesByName('talks-atlas:step-frame')
				.map((e) => e.duration)
				.sort((a, b) => a - b);
			return {
				daysShown: shown.length,
				daysSpanned: span,
				medianStepFrameMs: steps[Math.floor(steps.length / 2)] ?? null
			};
		},
		{ start, end }
	);
}
