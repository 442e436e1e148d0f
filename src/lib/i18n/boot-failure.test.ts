import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { NO_ANSWER, bootFailureNotice } from './boot-failure';

const siteMessages = (locale: string) =>
	JSON.parse(readFileSync(new URL(`./messages/site.${locale}.json`, import.meta.url), 'utf8')) as {
		site_why_no_answer: string;
	};

describe('bootFailureNotice', () => {
	it('tells a Ukrainian page in Ukrainian, with no answer said in its words', () => {
		const notice = bootFailureNotice(
			'uk',
			new TypeError('Failed to fetch dynamically imported module: /_app/x.js')
		);
		expect(notice).toBe(
			'Не вдалося завантажити зміст історії або текст сторінки (мережа не відповіла). Сторінка нижче не реагує; перезавантажте її, коли з’явиться мережа.'
		);
		expect(notice).not.toMatch(/[A-Za-z]/);
	});

	it('tells any other page in English, keeping a rarer error’s own words', () => {
		expect(bootFailureNotice('en', new Error('/data/content.json: HTTP 500'))).toBe(
			'The story’s content or the page’s text could not be loaded (/data/content.json: HTTP 500). The page below cannot respond; reload it when you are online.'
		);
		expect(bootFailureNotice('fr', new TypeError('Failed to fetch'))).toContain(
			'(the network did not answer)'
		);
	});

	it('says "no answer" as the UI messages do', () => {
		for (const locale of ['en', 'uk'] as const) {
			expect(NO_ANSWER[locale]).toBe(siteMessages(locale).site_why_no_answer);
		}
	});
});
