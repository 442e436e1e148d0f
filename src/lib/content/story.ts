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
		description:
			'The Russia–Ukraine peace talks, from the spring of 2022 to March 2026, in three chapters (`chapters`: spring 2022, looking back, talks resumed): milestones (dated, with precision, kind, summary, venues, sources and disagreements between sources; `echoes` link a later milestone to the earlier ones it refers back to, with the source that makes the link) and venues (with coordinates and how well they are known). Where the sources judge (why the talks failed, whether a claim holds), a milestone carries `judgements`: who judges, in the atlas’s words with their own quoted, and the citation. Treaty content (guarantor lists by document, the guarantee, Crimea, neutrality, force caps, the articles Russia added) under `treaty`. Citations refer to works by id. Schema: see the Talks Atlas README, “Open data”.',
		licence:
			'Text: MIT (Talks Atlas). Quotes are short and attributed to their works; their copyright stays with their authors.',
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
