import { m } from '../paraglide/messages';
import { MILESTONES, type Milestone } from './milestones';
import { VENUES, type Venue } from './venues';
import { WORKS, type Work } from './works';
import * as TREATY from './treaty';
import { CHAPTERS, chapterMilestones, type Chapter } from '../story/chapters';

export const STORY_VERSION = 1;

/** The story as open data (/data/story.json): milestones and venues with their sources. */
export interface Story {
	format: 'talks-atlas-story';
	version: typeof STORY_VERSION;
	description: string;
	licence: string;
	/** The story's chapters, each with its span and its milestones' ids in order. */
	chapters: readonly (Pick<Chapter, 'id' | 'title' | 'from' | 'to'> & { milestones: string[] })[];
	milestones: readonly Milestone[];
	venues: readonly Venue[];
	/** What the documents proposed: guarantor lists by document, the guarantee, Crimea, caps. */
	treaty: {
		documents: typeof TREATY.TREATY_DOCUMENTS;
		guarantee: typeof TREATY.GUARANTEE;
		crimea: typeof TREATY.CRIMEA_CLAUSE;
		excludedAreas: typeof TREATY.EXCLUDED_AREAS;
		territory: typeof TREATY.TERRITORY_NOTE;
		neutrality: typeof TREATY.NEUTRALITY;
		forceCaps: typeof TREATY.FORCE_CAPS;
		/** The articles Russia added to the drafts, which Ukraine refused to discuss. */
		russianAdditions: typeof TREATY.RUSSIAN_ADDITIONS;
	};
	works: readonly Work[];
}

export function buildStory(): Story {
	return {
		format: 'talks-atlas-story',
		version: STORY_VERSION,
		// The file's own words, in the page's language (/uk/data/story.json is in Ukrainian).
		description: m.pages_story_json_description(),
		licence: m.pages_story_json_licence(),
		chapters: CHAPTERS.map(({ id, title, from, to }) => ({
			id,
			title,
			from,
			to,
			milestones: chapterMilestones(MILESTONES, id).map((m) => m.id)
		})),
		milestones: MILESTONES,
		venues: VENUES,
		treaty: {
			documents: TREATY.TREATY_DOCUMENTS,
			guarantee: TREATY.GUARANTEE,
			crimea: TREATY.CRIMEA_CLAUSE,
			excludedAreas: TREATY.EXCLUDED_AREAS,
			territory: TREATY.TERRITORY_NOTE,
			neutrality: TREATY.NEUTRALITY,
			forceCaps: TREATY.FORCE_CAPS,
			russianAdditions: TREATY.RUSSIAN_ADDITIONS
		},
		works: WORKS
	};
}
