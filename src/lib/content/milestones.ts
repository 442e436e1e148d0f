import type { Milestone } from './schema';
import { contentTable } from './table';

export type { Disagreement, Judgement, Milestone } from './schema';
export type { MilestoneFrame, MilestoneKind } from '../vocabulary';

const milestones = contentTable<Milestone>();

/**
 * The story's milestones, as written in data/milestones.ts. Filled before anything renders (see
 * load.ts): by the build from the data module, in the browser from /data/content.json, so that
 * the story's text is not part of every page's JavaScript.
 */
export const MILESTONES = milestones.list;
export const MILESTONES_BY_ID = milestones.byId;
export const setMilestones = milestones.set;
