import { expect, type Page } from '@playwright/test';

/** Collects uncaught page errors and console errors, to assert a clean run at the end. */
export function watchErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(`console: ${message.text()}`);
	});
	return errors;
}

/** Opens a page of the atlas and waits until the map has drawn everything once (first `idle`). */
export async function openAtlas(page: Page, path = '/'): Promise<void> {
	await page.goto(path);
	await expect(page.locator('[data-status]')).toHaveAttribute('data-status', 'ready', {
		timeout: 30_000
	});
	await page.waitForFunction(() => window.__talksAtlas?.map !== undefined);
}

/** Pixel position of a longitude/latitude on the map canvas. */
export async function project(page: Page, lonLat: readonly [number, number]) {
	return page.evaluate(([lon, lat]) => {
		const point = window.__talksAtlas!.map.project([lon, lat]);
		return { x: point.x, y: point.y };
	}, lonLat);
}

/** Ids (a property) of the features of one layer drawn within `radius` pixels of a point. */
export async function featuresNear(
	page: Page,
	lonLat: readonly [number, number],
	layers: string[],
	radius = 3
): Promise<{ layer: string; properties: Record<string, unknown> }[]> {
	return page.evaluate(
		({ lonLat, layers, radius }) => {
			const map = window.__talksAtlas!.map;
			const p = map.project(lonLat);
			return map
				.queryRenderedFeatures(
					[
						[p.x - radius, p.y - radius],
						[p.x + radius, p.y + radius]
					],
					{ layers }
				)
				.map((f) => ({ layer: f.layer.id, properties: f.properties }));
		},
		{ lonLat: [...lonLat] as [number, number], layers, radius }
	);
}
