import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_DATA, contentFor } from '../content/data/index';
import { setContent } from '../content/load';
import { MILESTONES } from '../content/milestones';
import { setDateLocale } from '../dates';
import { getLocale, overwriteGetLocale } from '../paraglide/runtime';
import { handoutCover, handoutSections, handoutSource, sectionBox, UKRAINE_BOX } from './sections';

describe('a chapter’s handout sections', () => {
	it('are the chapter’s talks milestones, numbered from one', () => {
		const resumed = handoutSections(MILESTONES, 'talks-resumed');
		expect(resumed[0].number).toBe(1);
		expect(resumed.every((s) => s.mapDay >= '2025-01-01')).toBe(true);
		expect(handoutSections(MILESTONES, 'spring-2022').every((s) => s.mapDay <= '2022-05-31')).toBe(
			true
		);
	});

	it('name a venue far from the region in the caption, and keep the map on Ukraine', () => {
		const anchorage = handoutSections(MILESTONES, 'talks-resumed').find(
			(s) => s.milestone.id === 'anchorage-summit'
		)!;
		expect(anchorage.venueNote).toContain('beyond this map');
		expect(anchorage.mapAlt).not.toContain('Anchorage');
		expect(sectionBox(anchorage)).toEqual(UKRAINE_BOX);
		const istanbul = handoutSections(MILESTONES, 'talks-resumed').find(
			(s) => s.milestone.id === 'istanbul-2025-may'
		)!;
		expect(istanbul.venueNote).not.toContain('beyond this map');
		expect(sectionBox(istanbul)).not.toEqual(UKRAINE_BOX);
	});

	it('say how far off an approximate pin may be, not why (the venue’s note says that)', () => {
		const first = handoutSections(MILESTONES, 'spring-2022').find(
			(s) => s.milestone.id === 'round-1-liaskavichy'
		)!;
		expect(first.venueNote).toContain('approximate location, within about 10 km');
	});

	it('draw ISW/CTP while it runs, liveuamap/NZZ after', () => {
		expect(handoutSource('2022-03-29')).toBe('isw');
		expect(handoutSource('2022-11-30')).toBe('isw');
		expect(handoutSource('2022-12-01')).toBe('liveuamap');
	});
});

describe('a handout in Ukrainian', () => {
	const restore = getLocale;
	beforeAll(() => {
		overwriteGetLocale(() => 'uk');
		setDateLocale('uk');
		setContent(contentFor('uk'));
	});
	afterAll(() => {
		overwriteGetLocale(restore);
		setDateLocale('en');
		setContent(CONTENT_DATA);
	});

	it('prints its cover, captions and map in Ukrainian, with the map drawn for that edition', () => {
		expect(handoutCover('talks-resumed').heading).toBe('Відновлення переговорів, 2025–2026');
		const first = handoutSections(MILESTONES, 'spring-2022').find(
			(s) => s.milestone.id === 'round-1-liaskavichy'
		)!;
		expect(first.mapPath).toBe('/uk/handout/maps/round-1-liaskavichy.svg');
		expect(first.mapAlt).toBe(
			'Карта України станом на 28 лютого 2022: лінія фронту та Ляськовичі.'
		);
		expect(first.venueNote).toMatch(
			/^Місце переговорів: Ляськовичі \(.*; приблизне розташування, з точністю близько 10 км\)\.$/
		);
		const anchorage = handoutSections(MILESTONES, 'talks-resumed').find(
			(s) => s.milestone.id === 'anchorage-summit'
		)!;
		expect(anchorage.venueNote).toContain('за межами цієї карти');
	});
});
