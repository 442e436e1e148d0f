/**
 * Run before every build (`prebuild`): content that fails validation stops the build, naming the
 * item and the field, instead of shipping a broken story.
 */
import { CONTENT_DATA } from './data/index';
import { setContent } from './load';
import { MILESTONES } from './milestones';
import { formatProblems, milestoneProblems, venueProblems } from './schema';
import { VENUES } from './venues';

setContent(CONTENT_DATA);

const report = [
	formatProblems('venue', venueProblems(VENUES)),
	formatProblems('milestone', milestoneProblems(MILESTONES))
]
	.filter(Boolean)
	.join('\n');
if (report) {
	console.error(`content: invalid\n${report}`);
	process.exit(1);
}
console.log(`content: ${VENUES.length} venues and ${MILESTONES.length} milestones valid`);
