import type { Translation } from '../translation';
import milestones from './uk/milestones.json';
import treaty from './uk/treaty.json';
import venues from './uk/venues.json';
import works from './uk/works.json';

/*
 * The story's text in each language besides English, by the English text's path (see
 * ../translation.ts). Kept as JSON beside the English modules, one file per kind of content, so a
 * translator works on text only; the build's content check fails on a missing or stale entry.
 */
export const TRANSLATIONS = {
	uk: { ...milestones, ...venues, ...treaty, ...works } as Translation
};
