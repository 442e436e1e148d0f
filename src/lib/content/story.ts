import { MILESTONES, type Milestone } from './milestones';
import { VENUES, type Venue } from './venues';
import { WORKS, type Work } from './works';
import * as TREATY from './treaty';

export const STORY_VERSION = 1;

/** The story as open data (/data/story.json): milestones and venues with their sources. */
export interface Story {
	format: 'talks-atlas-story';
	version: typeof STORY_VERSION;
	description: string;
	licence: string;
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
		description:
			'The spring-2022 Russia–Ukraine peace talks: milestones (dated, with precision, kind, summary, venues, sources and disagreements between sources) and venues (with coordinates and how well they are known). Where the sources judge (why the talks failed, whether a claim holds), a milestone carries `judgements`: who judges, in the atlas’s words with their own quoted, and the citation. Treaty content (guarantor lists by document, the guarantee, Crimea, neutrality, force caps, the articles Russia added) under `treaty`. Citations refer to works by id. Schema: see the Talks Atlas README, “Open data”.',
		licence:
			'Text: MIT (Talks Atlas). Quotes are short and attributed to their works; their copyright stays with their authors.',
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
