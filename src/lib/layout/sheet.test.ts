import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMPACT_QUERY, swipeIntent } from './sheet';

describe('swipeIntent', () => {
	it('opens on a swipe up, closes on a swipe down, and leaves short moves to the tap', () => {
		expect(swipeIntent(-40)).toBe('open');
		expect(swipeIntent(40)).toBe('close');
		expect(swipeIntent(-10)).toBeNull();
		expect(swipeIntent(23)).toBeNull();
		expect(swipeIntent(24)).toBe('close');
	});
});

describe('the compact layout’s media query', () => {
	it('is the same in every component that lays itself out for it', () => {
		for (const file of [
			'src/lib/components/AtlasApp.svelte',
			'src/lib/components/PanelSheet.svelte',
			'src/lib/components/DateScrubber.svelte',
			'src/lib/components/FrontlineLegend.svelte',
			'src/lib/components/LayerMenu.svelte',
			'src/app.css'
		]) {
			expect(readFileSync(file, 'utf8'), file).toContain(`@media ${COMPACT_QUERY}`);
		}
	});
});
