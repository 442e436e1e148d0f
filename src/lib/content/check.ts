/**
 * Run before every build (`prebuild`): content that fails validation stops the build, naming the
 * item and the field, instead of shipping a broken story.
 */
import { formatProblems, venueProblems } from './schema';
import { VENUES } from './venues';

const problems = venueProblems(VENUES);
if (problems.length > 0) {
	console.error(`content: ${problems.length} problem(s)\n${formatProblems('venue', problems)}`);
	process.exit(1);
}
console.log(`content: ${VENUES.length} venues valid`);
