/**
 * Run before every build (`prebuild`): content that fails validation stops the build, naming the
 * item and the field, instead of shipping a broken story. Every language is checked: its
 * translation must cover the English text exactly, and the translated content must pass the same
 * schemas.
 */
import { CONTENT_DATA, contentFor } from './data/index';
import { TRANSLATIONS } from './data/translations';
import { setContent } from './load';
import { MILESTONES } from './milestones';
import { formatProblems, milestoneProblems, venueProblems } from './schema';
import { translationProblems } from './translation';
import { VENUES } from './venues';

const reports: string[] = [];
for (const locale of ['en', ...Object.keys(TRANSLATIONS)] as const) {
	const missing =
		locale === 'en'
			? []
			: translationProblems(CONTENT_DATA, TRANSLATIONS[locale as keyof typeof TRANSLATIONS]);
	setContent(contentFor(locale as 'en'));
	const report = [
		missing.length ? `  translation:\n${missing.map((p) => `    ${p}`).join('\n')}` : '',
		formatProblems('venue', venueProblems(VENUES)),
		formatProblems('milestone', milestoneProblems(MILESTONES))
	]
		.filter(Boolean)
		.join('\n');
	if (report) reports.push(`[${locale}]\n${report}`);
}
setContent(CONTENT_DATA);
if (reports.length) {
	console.error(`content: invalid\n${reports.join('\n')}`);
	process.exit(1);
}
console.log(
	`content: ${VENUES.length} venues and ${MILESTONES.length} milestones valid, in English and ${Object.keys(TRANSLATIONS).join(', ')}`
);
