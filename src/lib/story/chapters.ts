import type { Milestone } from '../content/milestones';
import type { Venue } from '../content/venues';
import { DATA_FIRST, DATA_LAST, TALKS_LAST } from '../frontlines/range';
import { m } from '../paraglide/messages';
import { startOf } from './milestones';

export const CHAPTER_IDS = ['spring-2022', 'looking-back', 'talks-resumed'] as const;
export type ChapterId = (typeof CHAPTER_IDS)[number];

export interface Chapter {
	id: ChapterId;
	title: string;
	/** Short, for the switch. */
	label: string;
	/**
	 * What the scale's switch offers to focus on: “Focus on …”; in Ukrainian in the locative, to
	 * follow «на» («Зосередитися на переговорах (весна 2022)»).
	 */
	focusLabel: string;
	/** First and last day; the chapters tile the data's span without gaps. */
	from: string;
	to: string;
}

/**
 * The story's three chapters: the spring-2022 talks; the years in which the 2022 texts were shown,
 * published and argued over; and the talks that resumed in 2025. Each gives the scrubber's focus,
 * playback's range and present mode's slides.
 */
export const CHAPTERS: readonly Chapter[] = [
	// The words are getters, read when shown: in the page's language (the server renders both
	// editions in one process).
	{
		id: 'spring-2022',
		get title() {
			return m.story_chapter_spring_title();
		},
		get label() {
			return m.story_chapter_spring_label();
		},
		get focusLabel() {
			return m.story_chapter_spring_focus();
		},
		from: DATA_FIRST,
		to: TALKS_LAST
	},
	{
		id: 'looking-back',
		get title() {
			return m.story_chapter_looking_back_title();
		},
		get label() {
			return m.story_chapter_looking_back_label();
		},
		get focusLabel() {
			return m.story_chapter_looking_back_focus();
		},
		from: '2022-06-01',
		to: '2024-12-31'
	},
	{
		id: 'talks-resumed',
		get title() {
			return m.story_chapter_resumed_title();
		},
		get label() {
			return m.story_chapter_resumed_label();
		},
		get focusLabel() {
			return m.story_chapter_resumed_focus();
		},
		from: '2025-01-01',
		to: DATA_LAST
	}
];

export const DEFAULT_CHAPTER: ChapterId = 'spring-2022';

export function isChapterId(value: string): value is ChapterId {
	return (CHAPTER_IDS as readonly string[]).includes(value);
}

export function chapterById(id: ChapterId): Chapter {
	return CHAPTERS.find((chapter) => chapter.id === id)!;
}

/** The chapter a day falls in (days outside the data: the nearest chapter). */
export function chapterOf(day: string): ChapterId {
	return (CHAPTERS.find((chapter) => day <= chapter.to) ?? CHAPTERS.at(-1)!).id;
}

/** The milestones that start within a chapter, in date order. */
export function chapterMilestones(
	milestones: readonly Milestone[],
	id: ChapterId
): readonly Milestone[] {
	const { from, to } = chapterById(id);
	return milestones.filter((one) => startOf(one) >= from && startOf(one) <= to);
}

/**
 * The venues the map draws in a chapter: those with an event in it, and any `also` (the milestone
 * shown, the venue opened), so the map of spring 2022 is not dotted with the rounds of 2025.
 */
export function chapterVenueIds(
	venues: readonly Venue[],
	id: ChapterId,
	also: readonly string[] = []
): string[] {
	const { from, to } = chapterById(id);
	const inChapter = venues.filter((venue) =>
		venue.events.some(({ date }) => date.slice(0, 10) <= to && date.slice(-10) >= from)
	);
	return [...new Set([...inChapter.map((venue) => venue.id), ...also])];
}
