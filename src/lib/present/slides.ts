import { citationParts } from '../content/cite';
import type { Milestone } from '../content/milestones';
import { m } from '../paraglide/messages';
import { startOf } from '../story/milestones';

/** What a key does in present mode: go to a slide or a chapter's deck, leave, or nothing. */
export type PresentAction = { go: number } | { chapter: number } | { exit: true } | null;

/**
 * Slide-deck keys, including what presenter remotes send (PageUp/PageDown, arrows): next, previous,
 * first, last, Esc to leave, and 1–`chapters` for a chapter's deck.
 */
export function presentKey(key: string, index: number, count: number, chapters = 0): PresentAction {
	const last = count - 1;
	if (/^[1-9]$/.test(key) && Number(key) <= chapters) return { chapter: Number(key) - 1 };
	switch (key) {
		case 'ArrowRight':
		case 'ArrowDown':
		case 'PageDown':
		case ' ':
			return { go: Math.min(last, index + 1) };
		case 'ArrowLeft':
		case 'ArrowUp':
		case 'PageUp':
			return { go: Math.max(0, index - 1) };
		case 'Home':
			return { go: 0 };
		case 'End':
			return { go: last };
		case 'Escape':
			return { exit: true };
		default:
			return null;
	}
}

/** The slide the story is at: the milestone reached, else the last one begun by that day. */
export function slideIndex(
	slides: readonly Milestone[],
	milestoneId: string | null,
	date: string
): number {
	const reached = slides.findIndex((m) => m.id === milestoneId);
	if (reached >= 0) return reached;
	let index = 0;
	slides.forEach((m, i) => {
		if (startOf(m) <= date) index = i;
	});
	return index;
}

/**
 * One line for a slide: the summary's first sentence. A sentence begins with a capital of any
 * script (the Ukrainian edition's are Cyrillic) or an opening quote, English or Ukrainian.
 */
export function slideCaption(milestone: Milestone): string {
	const [first] = milestone.summary.split(/(?<=[.!?][”"’)»]?)\s+(?=[\p{Lu}“"‘(«„])/u);
	return first ?? milestone.summary;
}

/**
 * The slide's source, short: the first cited work's publisher and date, and how many other works
 * (not citations: one work is often quoted several times).
 */
export function slideSource(milestone: Milestone): string {
	const parts = citationParts(milestone.sources[0]);
	const others = new Set(milestone.sources.map((s) => s.work)).size - 1;
	const { publisher, date } = parts;
	return others > 0
		? m.present_source_more({ publisher, date, others })
		: m.present_source({ publisher, date });
}
