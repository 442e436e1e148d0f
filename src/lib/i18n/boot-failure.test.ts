import { describe, expect, it } from 'vitest';
import { BOOT_WORDS_ID, bootFailureNotice, bootWordsMarkup, readBootWords } from './boot-failure';
import { m } from '../paraglide/messages';

const wordsIn = (locale: 'en' | 'uk') => ({
	text: m.site_boot_failed({ why: '{why}' }, { locale }),
	noAnswer: m.site_why_no_answer({}, { locale }),
	unknown: m.site_why_unknown({}, { locale })
});

/** A page holding the markup's attributes, as a browser would read them back. */
function pageWith(markup: string) {
	const unescape = (value: string) =>
		value
			.replace(/&quot;/g, '"')
			.replace(/&#39;/g, "'")
			.replace(/&lt;/g, '<')
			.replace(/&gt;/g, '>')
			.replace(/&amp;/g, '&');
	const attribute = (name: string) => {
		const found = new RegExp(` data-${name}="([^"]*)"`).exec(markup)?.[1];
		return found === undefined ? undefined : unescape(found);
	};
	const dataset = {
		text: attribute('text'),
		noAnswer: attribute('no-answer'),
		unknown: attribute('unknown')
	};
	return {
		getElementById: (id: string) =>
			(id === BOOT_WORDS_ID && markup.includes(`id="${id}"`)
				? { dataset }
				: null) as unknown as HTMLElement | null
	};
}

describe('the start-up failure notice', () => {
	it('tells a Ukrainian page in Ukrainian, with no answer said in its words', () => {
		const words = readBootWords(pageWith(bootWordsMarkup(wordsIn('uk'))));
		const notice = bootFailureNotice(
			words,
			new TypeError('Failed to fetch dynamically imported module: /_app/x.js')
		);
		expect(notice).toBe(
			'Не вдалося завантажити вміст історії або текст сторінки (немає відповіді — немає мережі?). Сторінка нижче не реагує; перезавантажте її, коли з’явиться мережа.'
		);
		expect(notice).not.toMatch(/[A-Za-z]/);
	});

	it('tells an English page in English, keeping a rarer error’s own words', () => {
		const words = readBootWords(pageWith(bootWordsMarkup(wordsIn('en'))));
		expect(bootFailureNotice(words, new Error('/data/content.json: HTTP 500.'))).toBe(
			'The story’s content or the page’s text could not be loaded (/data/content.json: HTTP 500). The page below cannot respond; reload it when you are online.'
		);
		expect(bootFailureNotice(words, new Error(''))).toContain('(no reason given)');
		// A reason with a replacement pattern in it is written as it is.
		expect(bootFailureNotice(words, new Error('odd $& text'))).toContain('(odd $& text)');
	});

	it('carries quotes and angle brackets in the words safely through the page', () => {
		const words = { text: 'A "quoted" <b>x</b> & ({why}).', noAnswer: '<no>', unknown: "it's" };
		const markup = bootWordsMarkup(words);
		expect(markup).not.toMatch(/<b>|"quoted"/);
		expect(readBootWords(pageWith(markup))).toEqual(words);
	});

	it('without the page’s words, gives the error’s own words alone', () => {
		expect(readBootWords(pageWith('<p></p>'))).toBeNull();
		expect(bootFailureNotice(null, new Error('/data/content.json: HTTP 500'))).toBe(
			'/data/content.json: HTTP 500'
		);
	});
});
