import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium-flags.mjs';
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await (
	await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' })
).newPage();
await page.goto('http://localhost:4173/?date=2022-03-20&source=isw');
await page.waitForSelector('[data-status="ready"]', { timeout: 60000 });
await page.waitForTimeout(4000);
const fps = () =>
	page.evaluate(
		() =>
			new Promise((res) => {
				const m = window.__talksAtlas.map;
				const t0 = performance.now();
				let n = 0;
				const on = () => {
					n++;
					if (performance.now() - t0 < 1500) m.triggerRepaint();
					else {
						m.off('render', on);
						res(((n / (performance.now() - t0)) * 1000).toFixed(1));
					}
				};
				m.on('render', on);
				m.triggerRepaint();
			})
	);
console.log('all', await fps());
const groups = await page.evaluate(() =>
	window.__talksAtlas.map.getStyle().layers.map((l) => l.id + ':' + l.type)
);
console.log(groups.join(' '));
for (const type of ['symbol', 'line', 'fill', 'custom', 'circle']) {
	await page.evaluate((type) => {
		const m = window.__talksAtlas.map;
		for (const l of m.getStyle().layers)
			if (l.type === type) m.setLayoutProperty(l.id, 'visibility', 'none');
	}, type);
	await page.waitForTimeout(1500);
	console.log('without', type, '(cumulative)', await fps());
}
await page.evaluate(() => {
	document.querySelector('.app').style.display = 'contents';
});
await browser.close();
