import { describe, expect, it } from 'vitest';
import { CONTENT_DATA, contentFor } from './data/index';
import { TRANSLATIONS } from './data/translations';
import { milestoneProblems, sentenceCount, venueProblems } from './schema';
import { localizeContent, textPaths, translationProblems } from './translation';

const CONTENT = {
	milestones: [
		{
			id: 'talks',
			date: '2022-03-29',
			kind: 'talks',
			title: 'Talks in Istanbul',
			venues: ['istanbul'],
			sources: [{ work: 'fa-2024', quote: 'a quote', note: 'A note.' }],
			disagreements: [{ id: 'D4', versions: [{ says: 'One thing.' }, { says: 'Another.' }] }]
		}
	],
	works: [{ id: 'fa-2024', title: 'As published', publisher: 'Foreign Affairs', note: 'Main.' }],
	venues: [{ id: 'kyiv', name: 'Kyiv', notToConfuseWith: [{ name: 'Kiev', note: 'Old.' }] }],
	treaty: { countryNames: { UKR: 'Ukraine' }, notes: ['First.', 'Second.'] }
};

describe('textPaths', () => {
	it('lists the prose by path, ids for items with ids and indexes for the rest', () => {
		expect([...textPaths(CONTENT).keys()]).toEqual([
			'milestones/talks/title',
			'milestones/talks/sources/0/quote',
			'milestones/talks/sources/0/note',
			'milestones/talks/disagreements/D4/versions/0/says',
			'milestones/talks/disagreements/D4/versions/1/says',
			'works/fa-2024/note',
			'venues/kyiv/name',
			'venues/kyiv/notToConfuseWith/0/note',
			'treaty/countryNames/UKR',
			'treaty/notes/0',
			'treaty/notes/1'
		]);
	});
});

const UK = {
	'milestones/talks/title': 'Переговори в Стамбулі',
	'milestones/talks/sources/0/quote': 'цитата',
	'milestones/talks/sources/0/note': 'Примітка.',
	'milestones/talks/disagreements/D4/versions/0/says': 'Одне.',
	'milestones/talks/disagreements/D4/versions/1/says': 'Інше.',
	'works/fa-2024/note': 'Головне.',
	'venues/kyiv/name': 'Київ',
	'venues/kyiv/notToConfuseWith/0/note': 'Старе.',
	'treaty/countryNames/UKR': 'Україна',
	'treaty/notes/0': 'Перше.',
	'treaty/notes/1': 'Друге.'
};

describe('localizeContent', () => {
	const uk = localizeContent(CONTENT, UK);

	it('replaces the prose and keeps ids, dates, titles of works and spellings as written', () => {
		expect(uk.milestones[0]).toMatchObject({
			id: 'talks',
			date: '2022-03-29',
			title: 'Переговори в Стамбулі',
			venues: ['istanbul']
		});
		expect(uk.works[0]).toEqual({
			id: 'fa-2024',
			title: 'As published',
			publisher: 'Foreign Affairs',
			note: 'Головне.'
		});
		expect(uk.venues[0].notToConfuseWith[0]).toEqual({ name: 'Kiev', note: 'Старе.' });
		expect(uk.treaty).toEqual({ countryNames: { UKR: 'Україна' }, notes: ['Перше.', 'Друге.'] });
	});

	it('keeps a quote as said, with its translation beside it', () => {
		expect(uk.milestones[0].sources[0]).toEqual({
			work: 'fa-2024',
			quote: 'a quote',
			quoteTranslation: 'цитата',
			note: 'Примітка.'
		});
	});

	it('leaves the English as it was', () => {
		expect(CONTENT.milestones[0].title).toBe('Talks in Istanbul');
		expect(CONTENT.milestones[0].sources[0]).not.toHaveProperty('quoteTranslation');
	});
});

describe('translationProblems', () => {
	it('finds nothing wrong with a whole translation', () => {
		expect(translationProblems(CONTENT, UK)).toEqual([]);
	});

	it('names a missing, an empty, an untranslated and a stale entry', () => {
		const { 'treaty/notes/1': _dropped, ...rest } = UK;
		expect(_dropped).toBeTruthy();
		expect(
			translationProblems(CONTENT, {
				...rest,
				'venues/kyiv/name': ' ',
				'works/fa-2024/note': 'Main.',
				'milestones/gone/title': 'Зниклий'
			})
		).toEqual([
			'works/fa-2024/note: not translated (Main.)',
			'venues/kyiv/name: empty translation',
			'treaty/notes/1: no translation',
			'milestones/gone/title: translates nothing in the English content'
		]);
	});
});

describe('the Ukrainian edition of the story', () => {
	it('translates every text of the English content, and nothing else', () => {
		expect(translationProblems(CONTENT_DATA, TRANSLATIONS.uk)).toEqual([]);
	});

	it('passes the same schemas as the English', () => {
		const uk = contentFor('uk');
		expect(venueProblems(uk.venues)).toEqual([]);
		expect(milestoneProblems(uk.milestones)).toEqual([]);
		expect(uk.milestones.map((m) => m.id)).toEqual(CONTENT_DATA.milestones.map((m) => m.id));
	});

	it('keeps every quote in its original words, with a Ukrainian translation', () => {
		const quotes = (content: object) =>
			[...textPaths(content)].filter(([path]) => path.endsWith('/quote'));
		const english = quotes(CONTENT_DATA);
		expect(english.length).toBeGreaterThan(100);
		const uk = contentFor('uk');
		expect(quotes(uk)).toEqual(english);
		expect(JSON.stringify(uk).match(/"quoteTranslation"/g)).toHaveLength(english.length);
	});
});

describe('sentenceCount', () => {
	it('counts Ukrainian sentences as it counts English ones', () => {
		expect(sentenceCount('Переговори тривали. «Це важливо», — сказав він. Усе.')).toBe(3);
		expect(sentenceCount('Talks went on. “It matters,” he said. That was all.')).toBe(3);
	});
});
