import type { Locale } from '../../paraglide/runtime';
import type { ContentData } from '../load';
import { localizeContent } from '../translation';
import { MILESTONE_DATA } from './milestones';
import { TREATY_DATA } from './treaty';
import { VENUE_DATA } from './venues';
import { WORK_DATA } from './works';
import { TRANSLATIONS } from './translations';

/** The story as written: what the build checks and serves as /data/content.json. */
export const CONTENT_DATA: ContentData = {
	milestones: MILESTONE_DATA,
	works: WORK_DATA,
	venues: VENUE_DATA,
	treaty: TREATY_DATA
};

const localized = new Map<Locale, ContentData>([['en', CONTENT_DATA]]);

/** The story in a language: the English as written, or with its text translated. */
export function contentFor(locale: Locale): ContentData {
	let content = localized.get(locale);
	if (!content) {
		content = localizeContent(CONTENT_DATA, TRANSLATIONS[locale as keyof typeof TRANSLATIONS]);
		localized.set(locale, content);
	}
	return content;
}
