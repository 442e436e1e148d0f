import { describe, expect, it } from 'vitest';
import { CONTENT_DATA, contentFor } from '../content/data/index';
import { setContent } from '../content/load';
import { setDateLocale } from '../dates';
import { getLocale, overwriteGetLocale } from '../paraglide/runtime';
import { MILESTONES } from '../content/milestones';
import { presentKey, slideCaption, slideIndex, slideSource } from './slides';

describe('presentKey', () => {
	it('takes 1 to the number of chapters to a chapter’s deck, and no other digit', () => {
		expect(presentKey('1', 3, 10, 3)).toEqual({ chapter: 0 });
		expect(presentKey('3', 3, 10, 3)).toEqual({ chapter: 2 });
		expect(presentKey('4', 3, 10, 3)).toBeNull();
		expect(presentKey('0', 3, 10, 3)).toBeNull();
		expect(presentKey('2', 3, 10)).toBeNull();
	});

	it('walks forward and back like a slide deck, within the deck', () => {
		for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', ' '])
			expect(presentKey(key, 3, 10)).toEqual({ go: 4 });
		for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp'])
			expect(presentKey(key, 3, 10)).toEqual({ go: 2 });
		expect(presentKey('PageDown', 9, 10)).toEqual({ go: 9 });
		expect(presentKey('PageUp', 0, 10)).toEqual({ go: 0 });
		expect(presentKey('Home', 5, 10)).toEqual({ go: 0 });
		expect(presentKey('End', 5, 10)).toEqual({ go: 9 });
		expect(presentKey('Escape', 5, 10)).toEqual({ exit: true });
		expect(presentKey('a', 5, 10)).toBeNull();
	});
});

describe('slides', () => {
	it('finds the slide of a milestone, or of the last milestone begun by a day', () => {
		expect(slideIndex(MILESTONES, 'istanbul-communique', '2022-03-29')).toBe(
			MILESTONES.findIndex((m) => m.id === 'istanbul-communique')
		);
		expect(slideIndex(MILESTONES, null, '2022-02-24')).toBe(0);
		const i = slideIndex(MILESTONES, null, '2022-04-13');
		expect(MILESTONES[i].id).toBe('moskva-sunk');
	});

	it('captions a slide with one sentence and names its source', () => {
		const m = MILESTONES.find((x) => x.id === 'istanbul-communique')!;
		expect(slideCaption(m)).toBe(
			'The delegations meet in person again, at Dolmabahçe in Istanbul.'
		);
		// Foreign Affairs (quoted three times), then On Point, EFE and NV: works, not citations.
		expect(slideSource(m)).toBe('Source: Foreign Affairs, 16 April 2024 (+3 more)');
	});
});

describe('slides in Ukrainian', () => {
	it('caption a slide with its first Ukrainian sentence and name its source in Ukrainian', () => {
		const restore = getLocale;
		overwriteGetLocale(() => 'uk');
		setDateLocale('uk');
		setContent(contentFor('uk'));
		try {
			const m = MILESTONES.find((x) => x.id === 'istanbul-communique')!;
			const caption = slideCaption(m);
			expect(m.summary.startsWith(caption)).toBe(true);
			expect(caption.length).toBeLessThan(m.summary.length);
			expect(caption).toMatch(/[.!?»]$/);
			expect(slideSource(m)).toBe('Джерело: Foreign Affairs, 16 квітня 2024 (і ще 3)');
		} finally {
			overwriteGetLocale(restore);
			setDateLocale('en');
			setContent(CONTENT_DATA);
		}
	});
});
