import { MILESTONES, type Milestone } from './milestones';
import { VENUES, type Venue } from './venues';
import { WORKS, type Work } from './works';

export const STORY_VERSION = 1;

/** The story as open data (/data/story.json): milestones and venues with their sources. */
export interface Story {
	format: 'talks-atlas-story';
	version: typeof STORY_VERSION;
	description: string;
	licence: string;
	milestones: readonly Milestone[];
	venues: readonly Venue[];
	works: readonly Work[];
}

export function buildStory(): Story {
	return {
		format: 'talks-atlas-story',
		version: STORY_VERSION,
		description:
			'The spring-2022 Russia–Ukraine peace talks: milestones (dated, with precision, kind, summary, venues, sources and disagreements between sources) and venues (with coordinates and how well they are known). Citations refer to works by id. Schema: see the Talks Atlas README.',
		licence:
			'Text: MIT (Talks Atlas). Quotes are short and attributed to their works; their copyright stays with their authors.',
		milestones: MILESTONES,
		venues: VENUES,
		works: WORKS
	};
}
