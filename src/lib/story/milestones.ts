import { MILESTONES_BY_ID, type Milestone, type MilestoneKind } from '../content/milestones';
import { m } from '../paraglide/messages';

/** The first day of a milestone's date or range. */
export function startOf(milestone: Milestone): string {
	return milestone.date.slice(0, 10);
}

/** The first day of the story's milestone `id`, or null for an id that is none (the URL's lookup). */
export function startOfId(id: string): string | null {
	const milestone = MILESTONES_BY_ID.get(id);
	return milestone ? startOf(milestone) : null;
}

export function endOf(milestone: Milestone): string {
	return milestone.date.length > 10 ? milestone.date.slice(11) : milestone.date;
}

/** Whether a milestone belongs to the talks (meetings, texts, statements, later accounts). */
export function isTalksMilestone(milestone: Milestone): boolean {
	return milestone.kind !== 'military';
}

/** The milestone that starts on `day`, preferring a talks milestone over a military one. */
export function milestoneStartingOn(
	milestones: readonly Milestone[],
	day: string
): Milestone | null {
	const starting = milestones.filter((one) => startOf(one) === day);
	return starting.find(isTalksMilestone) ?? starting[0] ?? null;
}

/**
 * The milestone of the talks the story is at on `day`: the latest non-military one started on or
 * before it; events on the ground only until the talks begin. Null before the first.
 */
export function milestoneAt(milestones: readonly Milestone[], day: string): Milestone | null {
	const started = milestones.filter((one) => startOf(one) <= day);
	return started.findLast(isTalksMilestone) ?? started.at(-1) ?? null;
}

/**
 * The milestone a jump lands on, in list (date) order. From a milestone, the next or previous in
 * the list, so two that start the same day are both visited; from a plain day, the first one
 * after it or the last one before it.
 */
export function jumpTarget(
	milestones: readonly Milestone[],
	day: string,
	currentId: string | null,
	direction: 1 | -1
): Milestone | null {
	const index = currentId === null ? -1 : milestones.findIndex((one) => one.id === currentId);
	if (index !== -1 && startOf(milestones[index]) === day) {
		return milestones[index + direction] ?? null;
	}
	if (direction === 1) return milestones.find((one) => startOf(one) > day) ?? null;
	return [...milestones].reverse().find((one) => startOf(one) < day) ?? null;
}

// Getters, not strings: a label is read when shown, in the page's language (the server renders
// both editions in one process).
export const KIND_LABELS: Readonly<Record<MilestoneKind, string>> = {
	get 'in-person-round'() {
		return m.story_kind_in_person_round();
	},
	get 'video-round'() {
		return m.story_kind_video_round();
	},
	get ministers() {
		return m.story_kind_ministers();
	},
	get leaders() {
		return m.story_kind_leaders();
	},
	get statement() {
		return m.story_kind_statement();
	},
	get document() {
		return m.story_kind_document();
	},
	get military() {
		return m.story_kind_military();
	},
	get 'later-account'() {
		return m.story_kind_later_account();
	}
};
