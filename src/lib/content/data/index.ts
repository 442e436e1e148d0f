import type { ContentData } from '../load';
import { MILESTONE_DATA } from './milestones';
import { TREATY_DATA } from './treaty';
import { VENUE_DATA } from './venues';
import { WORK_DATA } from './works';

/** The story as written: what the build checks and serves as /data/content.json. */
export const CONTENT_DATA: ContentData = {
	milestones: MILESTONE_DATA,
	works: WORK_DATA,
	venues: VENUE_DATA,
	treaty: TREATY_DATA
};
