import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inUkrainian } from '../i18n/in-ukrainian';
import { groupByWork, quoteInMarks, quoteLanguage, titleWords } from './cite';
import { contentFor } from './data/index';
import { WORKS } from './works';

describe('groupByWork', () => {
	it('lists each work once, in order of first mention, with all its quotes and notes', () => {
		const groups = groupByWork([
			{ work: 'fa-2024', quote: 'first' },
			{ work: 'belta-2022-02-28' },
			{ work: 'fa-2024', quote: 'second', note: 'why' },
			{ work: 'fa-2024', note: 'alone' }
		]);
		expect(groups.map((g) => g.work)).toEqual(['fa-2024', 'belta-2022-02-28']);
		expect(groups[0].entries).toEqual([
			{ quote: 'first', note: undefined },
			{ quote: 'second', note: 'why' },
			{ quote: undefined, note: 'alone' }
		]);
		expect(groups[0].publisher).toBe('Foreign Affairs');
	});

	it('shows a work’s own note only when no citation brings one', () => {
		const [fa] = groupByWork([{ work: 'fa-2024', quote: 'x y z' }]);
		expect(fa.workNote).toBe('The main source of this atlas.');
		const [withNote] = groupByWork([{ work: 'fa-2024', note: 'A note of its own.' }]);
		expect(withNote.workNote).toBeUndefined();
	});
});

describe('a translated edition’s quotes', () => {
	it('keep their translation beside the words as said, and none where there is none', () => {
		const [fa] = groupByWork([
			{ work: 'fa-2024', quote: 'first', quoteTranslation: 'перша' },
			{ work: 'fa-2024', quote: 'second', note: 'why' }
		]);
		expect(fa.entries[0]).toStrictEqual({
			quote: 'first',
			quoteTranslation: 'перша',
			note: undefined
		});
		expect(fa.entries[1]).not.toHaveProperty('quoteTranslation');
	});
});

describe('quoted words inside a quotation', () => {
	it('take the nested marks in a title the list puts in quotation marks', () => {
		const [unn] = groupByWork([{ work: 'unn-2025-02-18' }]);
		expect(titleWords(unn).text).toBe(
			'“‘There is a lot of work to be done’: Rubio reveals details of talks after meeting with Russian officials in Riyadh”'
		);
		expect(inUkrainian(() => titleWords(unn).text)).toMatch(
			/^«„There is a lot of work to be done“: /
		);
	});

	it('take the nested marks of the language the quote is shown in', () => {
		const quote = '“normal, effective security guarantees”';
		expect(quoteInMarks(quote, 'en')).toBe('‘normal, effective security guarantees’');
		expect(quoteInMarks('туманна мета «денацифікації»', 'uk')).toBe('туманна мета „денацифікації“');
		expect(inUkrainian(() => quoteInMarks('мета «денацифікації»'))).toBe('мета „денацифікації“');
	});
});

describe('quoteLanguage', () => {
	it('knows English by a common English word in the Latin alphabet, names with accents or not', () => {
		expect(quoteLanguage('The meeting is taking place in the Çiragan Palace')).toBe('en');
		expect(quoteLanguage('Volodymyr, it won’t happen.')).toBe('en');
	});

	it('knows Russian and Ukrainian by letters only that language has', () => {
		expect(quoteLanguage('При этом пока нет договоренности о дате следующей встречи.')).toBe('ru');
		expect(quoteLanguage('Україна не прийняла жодної з цих вимог')).toBe('uk');
	});

	it('says nothing where the letters do not settle it', () => {
		// French, without an English word; a phrase too short to tell; Belarusian; Cyrillic without a
		// letter of its own (Russian or Bulgarian).
		expect(quoteLanguage('au palais de l’Élysée à Paris')).toBeUndefined();
		expect(quoteLanguage('first phase')).toBeUndefined();
		expect(quoteLanguage('Беларусь гатовая прыняць перамовы ў Мінску')).toBeUndefined();
		expect(quoteLanguage('следующая встреча планировалась на конец февраля')).toBeUndefined();
	});
});

describe('a title that is not the work’s own headline', () => {
	it('is cited as its words, with where they come from kept apart from them', () => {
		const [fromUrl] = groupByWork([{ work: 'wion-2023-06' }]);
		expect(fromUrl.title).toMatch(/^Putin says Ukraine signed peace treaty/);
		expect(fromUrl.titleFrom).toBe('url');
		expect(fromUrl.titleTranslatedFrom).toBeUndefined();
		const [caption] = groupByWork([{ work: 'mdr-2025-02' }]);
		expect(caption.title).toMatch(/^US-Außenminister Marco Rubio/);
		expect(caption.titleFrom).toBe('caption');
		const [described] = groupByWork([{ work: 'novinite-2025-12-04' }]);
		expect(described.titleFrom).toBe('atlas');
		// The atlas's own description is translated like its other prose; a work's title is not.
		const ukrainian = new Map(contentFor('uk').works.map((work) => [work.id, work.title]));
		expect(ukrainian.get('novinite-2025-12-04')).toMatch(/\p{Script=Cyrillic}/u);
		expect(ukrainian.get('wion-2023-06')).toBe(fromUrl.title);
	});

	it('is in its own words in its own language’s edition, and the atlas’s rendering elsewhere', () => {
		const [english] = groupByWork([{ work: 'rbc-ukraine-2026-02-18' }]);
		expect(english.title).toBe('Did Ukraine and Russia reach agreement in Geneva');
		expect(english.titleTranslatedFrom).toBe('uk');
		const [ukrainian] = inUkrainian(() => groupByWork([{ work: 'rbc-ukraine-2026-02-18' }]));
		expect(ukrainian.title).toBe('Чи дійшли згоди Україна та РФ у Женеві');
		expect(ukrainian.titleTranslatedFrom).toBeUndefined();
	});

	it('never carries the atlas’s annotations inside a title, which is cited as published', () => {
		for (const work of WORKS) {
			expect(work.title, work.id).not.toMatch(/\((title from|descriptive title)|^photo caption/i);
			// A rendering from another language comes with the words it renders, and says whence.
			if (work.titleLanguage) {
				expect(work.originalTitle, work.id).toBeTruthy();
				// The list says "translated from" only of a title from an address.
				expect(work.titleFrom, work.id).toBe('url');
			} else expect(work.originalTitle, work.id).toBeUndefined();
		}
	});
});

describe('a title from a photo’s caption', () => {
	it('is the caption’s own words, with … where some are left out', () => {
		const excerpts = JSON.parse(
			readFileSync('src/lib/content/page-excerpts.json', 'utf8')
		) as Record<string, string[]>;
		const captions = WORKS.filter((work) => work.titleFrom === 'caption');
		expect(captions.length).toBeGreaterThan(0);
		for (const work of captions) {
			const page = (excerpts[work.id] ?? []).join(' ');
			for (const part of work.title.split('…').map((words) => words.trim()))
				expect(page, work.id).toContain(part);
		}
	});
});
