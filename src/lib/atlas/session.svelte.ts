import { MILESTONES, MILESTONES_BY_ID } from '../content/milestones';
import { VENUES, VENUES_BY_ID } from '../content/venues';
import { formatEventDate } from '../dates';
import { errorReason } from '../error-reason';
import { m } from '../paraglide/messages';
import { FrontlineView } from '../frontlines/view.svelte';
import { AppState } from '../state/app-state.svelte';
import {
	isTalksMilestone,
	milestoneAt,
	milestoneStartingOn,
	startOf,
	startOfId
} from '../story/milestones';
import { chapterById, chapterVenueIds } from '../story/chapters';
import { Playback } from '../story/playback.svelte';
import type { TreatyLayerId } from '../treaty/layers';
import { cameraTarget } from './camera-target';
import { compareDay } from '../state/url';
import type { CompareView } from '../compare/compare-view.svelte';
import { untrack } from 'svelte';

/**
 * One atlas on a page — the app or the embed: its state (the only URL writer), the front lines of
 * the day, playback, and what the map frames. The pages stay thin; they add only the effect that
 * loads the front lines (`frontlines.show`), which needs a component.
 */
export class AtlasSession {
	readonly app: AppState;
	readonly frontlines = new FrontlineView();
	readonly playback: Playback;
	started = $state(false);
	/**
	 * The day a video being made shows (null: none). The map draws it instead of the reader's day,
	 * which, with the rest of the reader's view, stays as it was.
	 */
	videoDay: string | null = $state(null);
	/** The day whose front lines the map draws. */
	readonly mapDay = $derived(this.videoDay ?? this.#app().date);

	/** The talks milestone the story is at. */
	readonly atMilestone = $derived(milestoneAt(MILESTONES, this.#app().date));
	/** The milestone the reader went to (it frames the map). */
	readonly reached = $derived.by(() => {
		const id = this.#app().milestone;
		return (id === null ? undefined : MILESTONES_BY_ID.get(id)) ?? null;
	});
	/** What the slider reads with the date: the milestone reached, or one that starts that day. */
	readonly onMilestone = $derived.by(() => {
		const { date } = this.#app();
		const reached = this.reached;
		return reached && startOf(reached) === date ? reached : milestoneStartingOn(MILESTONES, date);
	});
	readonly worldView = $derived(this.#app().treaty.layers.includes('guarantors'));
	/** The venues the map draws: the chapter's, with those of the milestone shown. */
	readonly shownVenueIds = $derived(
		chapterVenueIds(VENUES, this.#app().chapter, this.atMilestone?.venues ?? [])
	);
	/** Where the map should look; it moves when the target's key changes (see `cameraTarget`). */
	readonly cameraTarget = $derived(
		this.started
			? cameraTarget({
					framing: this.#app().framing,
					camera: this.#app().camera,
					milestone: this.reached,
					worldView: this.worldView,
					venuesById: VENUES_BY_ID
				})
			: null
	);
	readonly announcement = $derived.by(() => {
		const at = this.atMilestone;
		return at ? `${at.title}, ${formatEventDate(at.date, at.precision)}` : '';
	});
	/** The day the comparison's reference line is of (`?compare=`), or null. */
	readonly compareDay = $derived(compareDay(this.#app().compare, startOfId));
	/** The comparison, once one was asked for (its code loads then). */
	compare: CompareView | null = $state.raw(null);
	#compareLoading = false;
	readonly shownSource = $derived(this.frontlines.shown?.source ?? null);
	readonly series = $derived.by(() => {
		const source = this.shownSource;
		return source ? { dates: source.dates, values: source.areaKm2 } : null;
	});
	readonly marks = MILESTONES.map((milestone) => ({
		id: milestone.id,
		date: startOf(milestone),
		kind: milestone.kind,
		title: milestone.title
	}));

	constructor(writeSearch: (search: string, push: boolean) => void) {
		this.app = new AppState(writeSearch, MILESTONES);
		// Playback runs through the chapter in focus, and stops at its last day.
		this.playback = new Playback(
			() => {
				const before = this.app.date;
				if (before >= chapterById(this.app.chapter).to)
					return { moved: false, onTalksMilestone: false };
				this.app.stepDays(1);
				const onTalksMilestone = MILESTONES.some(
					(milestone) => isTalksMilestone(milestone) && startOf(milestone) === this.app.date
				);
				return { moved: this.app.date !== before, onTalksMilestone };
			},
			() => {
				const { from, to } = chapterById(this.app.chapter);
				if (this.app.date < from || this.app.date >= to) this.app.setDate(from);
			}
		);
	}

	// Field initialisers run before the constructor body: read the state through a function.
	#app(): AppState {
		return this.app;
	}

	/** Adopts the view in the URL the page was opened with. */
	start(search: string): void {
		if (this.started) return;
		this.app.start(search);
		this.started = true;
	}

	/** Any key or click pauses playback (WCAG 2.2.2), except on the play button itself. */
	pauseOnInput(win: Window): () => void {
		const interrupt = (event: Event) => {
			const target = event.target as HTMLElement | null;
			if (this.playback.playing && !target?.closest('[data-playback-toggle]'))
				this.playback.pause();
		};
		win.addEventListener('keydown', interrupt, true);
		win.addEventListener('pointerdown', interrupt, true);
		return () => {
			win.removeEventListener('keydown', interrupt, true);
			win.removeEventListener('pointerdown', interrupt, true);
			this.playback.pause();
		};
	}

	/**
	 * Keeps the comparison in step with the day and the assessment shown; call it from an effect.
	 * The comparison's code is fetched the first time one is asked for.
	 */
	followCompare(): void {
		const reference = this.compareDay;
		const view = this.compare;
		if (!view) {
			if (reference !== null) this.#loadCompare();
			return;
		}
		const shown = this.frontlines.shown?.source.id ?? this.app.source;
		const day = this.mapDay;
		// A video moves a day a frame: only the line follows, as in playback.
		const moving = this.app.scrubbing || this.playback.playing || this.videoDay !== null;
		void this.frontlines.catalog;
		// The comparison's own state is written as it works: not a reason to run this again.
		untrack(() => void view.update(this.frontlines, shown, day, reference, moving));
	}

	#loadCompare(): void {
		if (this.#compareLoading) return;
		this.#compareLoading = true;
		import('../compare/compare-view.svelte')
			.then(({ CompareView }) => (this.compare = new CompareView()))
			.catch((error: unknown) =>
				this.app.notify(m.atlas_compare_load_failed({ reason: errorReason(error) }))
			)
			.finally(() => (this.#compareLoading = false));
	}

	toggleLayer(layer: TreatyLayerId, on: boolean): void {
		const wasWorld = this.worldView;
		this.app.setLayer(layer, on);
		// Switching the guarantor layer on shows the world; off, back to Europe.
		if (layer === 'guarantors' && wasWorld !== this.worldView) this.app.frameForLayers();
	}

	hideTreatyLayers(): void {
		for (const layer of this.app.treaty.layers) this.toggleLayer(layer, false);
	}
}
