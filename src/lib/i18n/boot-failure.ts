import { isNoAnswer } from '../error-reason';

/**
 * The notice of a page whose story content or UI text did not load (hooks.client.ts). Written
 * here, not as a Paraglide message: on a Ukrainian page the text that failed may be the Ukrainian
 * itself (split-texts.ts), and the message would then come out in English.
 */
const NOTICES = {
	en: {
		text: (why: string) =>
			`The story’s content or the page’s text could not be loaded (${why}). The page below cannot respond; reload it when you are online.`,
		noAnswer: 'the network did not answer'
	},
	uk: {
		text: (why: string) =>
			`Не вдалося завантажити зміст історії або текст сторінки (${why}). Сторінка нижче не реагує; перезавантажте її, коли з’явиться мережа.`,
		noAnswer: 'мережа не відповіла'
	}
} as const;

/** Each language's words for "no answer came", as the messages say them (a test keeps them so). */
export const NO_ANSWER: Record<keyof typeof NOTICES, string> = {
	en: NOTICES.en.noAnswer,
	uk: NOTICES.uk.noAnswer
};

/** The notice in the page's language (English for any other), with why the load failed. */
export function bootFailureNotice(locale: string, error: unknown): string {
	const notice = locale === 'uk' ? NOTICES.uk : NOTICES.en;
	const message = error instanceof Error ? error.message : String(error);
	return notice.text(isNoAnswer(error) ? notice.noAnswer : message);
}
