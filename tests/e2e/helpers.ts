import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

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

const axeSource = readFileSync(
	createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
	'utf8'
);

/**
 * Serious and critical axe-core violations on the page, or within `selector`. The page's CSP
 * allows no inline scripts, so a test that calls this uses `test.use({ bypassCSP: true })`.
 */
export async function seriousViolations(page: Page, selector?: string, rules?: string[]) {
	await page.evaluate(axeSource);
	const violations = await page.evaluate(
		async ({ include, rules }) => {
			type Result = { violations: { id: string; impact: string; nodes: unknown[] }[] };
			type Axe = { run: (context: unknown, options?: unknown) => Promise<Result> };
			const axe = (window as unknown as { axe: Axe }).axe;
			// runOnly narrows the audit to the named rules (e.g. colour contrast alone).
			const options = rules ? { runOnly: { type: 'rule', values: rules } } : {};
			const result = await axe.run(include ? { include: [include] } : document, options);
			return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
		},
		{ include: selector ?? null, rules: rules ?? null }
	);
	return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Waits until the map has drawn everything it has and stopped moving. */
export async function settled(page: Page): Promise<void> {
	await page.waitForFunction(
		() => {
			const map = window.__talksAtlas?.map;
			return !!map && map.loaded() && map.areTilesLoaded() && !map.isMoving();
		},
		null,
		{ polling: 50, timeout: 30_000 }
	);
}

/**
 * Waits until the handout's status says every map is drawn, in the page's language: the last
 * words the message's plural forms share ("… ready to print.", «… готові до друку.»).
 */
export async function handoutReady(page: Page, language: 'en' | 'uk' = 'en'): Promise<void> {
	const messages = JSON.parse(
		readFileSync(`src/lib/i18n/messages/handout.${language}.json`, 'utf8')
	) as Record<string, [{ match: Record<string, string> }]>;
	const [ready] = messages.handout_status_ready;
	const commonEnding = (a: string, b: string) => {
		let n = 0;
		while (n < Math.min(a.length, b.length) && a.at(-1 - n) === b.at(-1 - n)) n++;
		return a.slice(a.length - n);
	};
	const shared = Object.values(ready.match).reduce(commonEnding);
	const ending = shared.slice(shared.lastIndexOf('}') + 1).trim();
	await expect(page.getByRole('status')).toContainText(ending, { timeout: 30_000 });
}
