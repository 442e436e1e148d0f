import { MILESTONES_BY_ID } from '../content/milestones';
import { formatDay } from '../dates';
import { loadCatalog } from '../frontlines/catalog';
import { FrontlineStore } from '../frontlines/store';
import { m } from '../paraglide/messages';
import type { FrontlineIndex } from '../frontlines/types';
import { compareDay, parseCompare } from '../state/url';
import { startOfId } from '../story/milestones';
import {
	compareParam,
	referenceFor,
	referenceLine,
	withCompare,
	type ReferenceLine
} from './reference-line';
import type { HandoutSection } from './sections';

/**
 * The handout's comparison (`?compare=`, as in the app): every printed map carries another day's
 * front line, dashed, drawn in the browser over the map made at build time.
 */
export class HandoutCompare {
	/** The `compare` value: a day or a milestone id, or null. */
	value: string | null = $state(null);
	notice: string | null = $state(null);
	/** The line and caption for each section's map, by milestone id. */
	lines: Record<string, ReferenceLine> = $state.raw({});
	status: 'off' | 'loading' | 'ready' | 'failed' = $state('off');
	error: string | null = $state(null);
	readonly day = $derived(compareDay(this.value, startOfId));
	/** The key's words for the dashed line: “Front line of 29 March 2022 (The Istanbul communiqué)”. */
	readonly label = $derived.by(() => {
		if (this.day === null) return null;
		const milestone = this.value === null ? undefined : MILESTONES_BY_ID.get(this.value);
		const date = formatDay(this.day);
		return milestone
			? m.handout_reference_label_milestone({ date, milestone: milestone.title })
			: m.handout_reference_label({ date });
	});
	/** Settles when the lines asked for last are drawn (or have failed): printing waits for it. */
	ready: Promise<void> = Promise.resolve();
	#request = 0;
	#catalog: Promise<FrontlineIndex> | null = null;
	readonly #store = new FrontlineStore();

	/** Adopts `compare=` from a query string; a bad value is refused with a notice. */
	read(search: string): void {
		this.set(compareParam(search));
	}

	set(text: string | null): void {
		if (text === null || text === '') {
			this.value = null;
			this.notice = null;
			return;
		}
		const { compare, notice } = parseCompare(text, startOfId);
		this.value = compare;
		this.notice = notice;
	}

	/** The query string with this comparison in it (or without one). */
	search(current: string): string {
		return withCompare(current, this.value);
	}

	/** Draws the lines for `sections`; call when the day compared with changes. */
	load(sections: readonly HandoutSection[]): Promise<void> {
		const request = ++this.#request;
		const day = this.day;
		if (day === null) {
			this.lines = {};
			this.status = 'off';
			this.ready = Promise.resolve();
			return this.ready;
		}
		this.status = 'loading';
		this.error = null;
		this.ready = this.#draw(sections, day, request);
		return this.ready;
	}

	async #draw(sections: readonly HandoutSection[], day: string, request: number): Promise<void> {
		try {
			this.#catalog ??= loadCatalog();
			const catalog = await this.#catalog;
			const lines: Record<string, ReferenceLine> = {};
			for (const section of sections) {
				const reference = referenceFor(catalog, section, day);
				const frame = reference.asOf
					? await this.#store.frame(reference.source, reference.asOf)
					: null;
				lines[section.milestone.id] = referenceLine(section, reference, frame);
			}
			if (request !== this.#request) return;
			this.lines = lines;
			this.status = 'ready';
		} catch (error) {
			this.#catalog = null;
			if (request !== this.#request) return;
			this.lines = {};
			this.status = 'failed';
			this.error = m.handout_compare_failed({ error: (error as Error).message });
		}
	}
}
