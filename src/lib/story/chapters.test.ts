import { describe, expect, it } from 'vitest';
import { MILESTONES } from '../content/milestones';
import { addDays } from '../dates';
import { DATA_FIRST, DATA_LAST } from '../frontlines/range';
import { VENUES } from '../content/venues';
import { CHAPTERS, chapterMilestones, chapterOf, chapterVenueIds, isChapterId } from './chapters';
import { startOf } from './milestones';
import { inUkrainian } from '../i18n/in-ukrainian';

describe('chapters', () => {
	it('tile the data’s span, in order, without gaps or overlaps', () => {
		expect(CHAPTERS[0].from).toBe(DATA_FIRST);
		expect(CHAPTERS.at(-1)!.to).toBe(DATA_LAST);
		for (let i = 1; i < CHAPTERS.length; i++) {
			expect(CHAPTERS[i].from).toBe(addDays(CHAPTERS[i - 1].to, 1));
		}
	});

	it('place a day in its chapter, and days beyond the data in the nearest', () => {
		expect(chapterOf('2022-03-29')).toBe('spring-2022');
		expect(chapterOf('2022-05-31')).toBe('spring-2022');
		expect(chapterOf('2022-06-01')).toBe('looking-back');
		expect(chapterOf('2024-04-16')).toBe('looking-back');
		expect(chapterOf('2025-05-16')).toBe('talks-resumed');
		expect(chapterOf('2019-01-01')).toBe('spring-2022');
		expect(chapterOf('2030-01-01')).toBe('talks-resumed');
	});

	it('give every milestone exactly one chapter', () => {
		const counted = CHAPTERS.flatMap((c) => chapterMilestones(MILESTONES, c.id));
		expect(counted.map((m) => m.id).sort()).toEqual(MILESTONES.map((m) => m.id).sort());
		for (const chapter of CHAPTERS) {
			for (const m of chapterMilestones(MILESTONES, chapter.id)) {
				expect(startOf(m) >= chapter.from && startOf(m) <= chapter.to, m.id).toBe(true);
			}
		}
	});

	it('know their own ids only', () => {
		expect(isChapterId('talks-resumed')).toBe(true);
		expect(isChapterId('2025')).toBe(false);
		expect(isChapterId('constructor')).toBe(false);
	});
});

describe('a chapter’s venues', () => {
	it('are those with an event in it, with any asked for besides', () => {
		const spring = chapterVenueIds(VENUES, 'spring-2022');
		expect(spring).toContain('istanbul-dolmabahce');
		expect(spring).not.toContain('jber-anchorage');
		const resumed = chapterVenueIds(VENUES, 'talks-resumed');
		// Dolmabahçe met again in 2025; Liaskavichy did not.
		expect(resumed).toEqual(expect.arrayContaining(['istanbul-dolmabahce', 'jber-anchorage']));
		expect(resumed).not.toContain('liaskavichy');
		expect(chapterVenueIds(VENUES, 'talks-resumed', ['liaskavichy'])).toContain('liaskavichy');
	});
});

describe('a chapter’s words', () => {
	it('are read in the page’s language each time they are shown', () => {
		expect(CHAPTERS[0].title).toBe('Spring 2022: the talks');
		expect(inUkrainian(() => CHAPTERS.map((chapter) => chapter.title))).toEqual([
			'Весна 2022: переговори',
			'Озираючись назад, 2022–2024',
			'Відновлення переговорів, 2025–2026'
		]);
		expect(inUkrainian(() => CHAPTERS[0].focusLabel)).toBe('переговорах (весна 2022)');
		expect(CHAPTERS[0].label).toBe('Spring 2022');
	});
});
