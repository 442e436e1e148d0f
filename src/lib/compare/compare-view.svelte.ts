import type { Feature, FeatureCollection } from 'geojson';
import type { FrontlineFrame } from '../frontlines/store';
import type { FrontlineIndex, FrontlineIndexSource, FrontlineSourceId } from '../frontlines/types';
import type { ControlArea, ControlChanges } from './changes';
import { errorReason } from '../error-reason';
import { ChangesClient } from './changes-client';
import { comparePlan, type ComparePlan } from './compare-plan';
import { compareCaption } from './compare-text';

export type CompareStatus = 'off' | 'loading' | 'ready' | 'error';

/** What the comparison needs from the front lines: the catalog and any day's frame. */
export interface CompareFrames {
	catalog: FrontlineIndex | null;
	frameOf(source: FrontlineIndexSource, date: string): Promise<FrontlineFrame>;
}

/** How long the day must stay still before the areas that changed hands are worked out again. */
export const CHANGES_DELAY_MS = 250;

const controlOf = (frame: FrontlineFrame): ControlArea | null =>
	(frame.areas.features.find((f) => f.properties?.kind === 'control') as ControlArea) ?? null;

const keyOf = (plan: ComparePlan) =>
	`${plan.source.id}/${plan.reference.asOf}/${plan.current.asOf}`;

/**
 * The comparison of the day shown with a reference day: the reference day's front line, drawn at
 * once, and the areas that changed hands between the two, worked out in a worker once the day
 * stays still (a second or more on a slow machine). Only what matches the day on screen is drawn:
 * while the areas are worked out for a new day, the old ones are taken away, not left wrong.
 */
export class CompareView {
	plan: ComparePlan | null = $state.raw(null);
	status: CompareStatus = $state('off');
	error: string | null = $state(null);
	/** The reference day's front line, in the plan's assessment. */
	referenceLine: FrontlineFrame | null = $state.raw(null);
	/** The areas that changed hands, for the plan they were worked out for. */
	changes: { key: string; value: ControlChanges } | null = $state.raw(null);
	/** The day is moving (a drag, playback, a video): only the line is drawn, as the key says. */
	moving = $state(false);

	/** The changes for the plan shown, or null while they are worked out or the day moves. */
	readonly current: ControlChanges | null = $derived(
		this.plan && !this.moving && this.changes?.key === keyOf(this.plan) ? this.changes.value : null
	);

	/** What the map draws (see AtlasMap.setCompare), or null without a comparison. */
	readonly drawing: FeatureCollection | null = $derived.by(() => {
		const plan = this.plan;
		const line = this.referenceLine;
		if (!plan) return null;
		const features: Feature[] = [];
		if (line && line.sourceId === plan.source.id && line.date === plan.reference.asOf)
			for (const f of line.line.features)
				features.push({ ...f, properties: { change: 'reference', date: line.date } });
		if (this.current) features.push(...this.current.areas.features);
		return { type: 'FeatureCollection', features };
	});

	readonly #client = new ChangesClient();
	#request = 0;
	#timer: ReturnType<typeof setTimeout> | null = null;

	/**
	 * Follows the day shown (`current`) against `reference` (null: no comparison). While `moving`
	 * (a drag, playback) only the line follows; the areas wait until the day is still.
	 */
	async update(
		frames: CompareFrames,
		shown: FrontlineSourceId,
		current: string,
		reference: string | null,
		moving: boolean
	): Promise<void> {
		const request = ++this.#request;
		this.#cancelTimer();
		this.moving = moving;
		const catalog = frames.catalog;
		if (reference === null || !catalog) {
			this.plan = null;
			this.status = 'off';
			this.error = null;
			return;
		}
		const plan = comparePlan(catalog, shown, current, reference);
		this.plan = plan;
		if (plan.reference.asOf === null || plan.current.asOf === null) {
			this.status = 'ready';
			return;
		}
		const key = keyOf(plan);
		if (this.changes?.key === key && this.referenceLine?.date === plan.reference.asOf) {
			this.status = 'ready';
			return;
		}
		this.status = 'loading';
		try {
			const referenceFrame = await frames.frameOf(plan.source, plan.reference.asOf);
			if (request !== this.#request) return;
			this.referenceLine = referenceFrame;
			if (this.changes?.key === key) {
				this.status = 'ready';
				return;
			}
			if (moving) return;
			await new Promise<void>((resolve) => {
				this.#timer = setTimeout(resolve, CHANGES_DELAY_MS);
			});
			if (request !== this.#request) return;
			const currentFrame = await frames.frameOf(plan.source, plan.current.asOf);
			if (request !== this.#request) return;
			const value = await this.#client.compute(controlOf(referenceFrame), controlOf(currentFrame));
			if (request !== this.#request) return;
			this.changes = { key, value };
			this.status = 'ready';
			this.error = null;
		} catch (error) {
			if (request !== this.#request) return;
			this.status = 'error';
			// A data file's failure keeps its words (the page's already); code that did not come is
			// said in the page's words too.
			this.error = errorReason(error);
		}
	}

	/** The line an exported image carries for this comparison (null: none shown). */
	caption(): string | null {
		return this.plan ? compareCaption(this.plan) : null;
	}

	destroy(): void {
		this.#request++;
		this.#cancelTimer();
		this.#client.destroy();
	}

	#cancelTimer() {
		if (this.#timer !== null) clearTimeout(this.#timer);
		this.#timer = null;
	}
}
