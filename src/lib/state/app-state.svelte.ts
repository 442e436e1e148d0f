import type { Milestone } from '../content/milestones';
import { addDays, clampDay } from '../dates';
import { jumpTarget, milestoneStartingOn, startOf } from '../story/milestones';
import {
	chapterById,
	chapterMilestones,
	chapterOf,
	DEFAULT_CHAPTER,
	type ChapterId
} from '../story/chapters';
import { DATA_FIRST, DATA_LAST } from '../frontlines/range';
import type { FrontlineSourceId } from '../frontlines/types';
import { throttle } from './throttle';
import { DEFAULT_VIEW, parseCompare, parseViewParams, viewSearch, type Camera } from './url';
import type { Framing } from '../atlas/camera-target';
import type { TreatyDocumentId } from '../content/treaty';
import type { Theme } from '../theme';
import {
	NO_TREATY,
	toggleLayer,
	treatyFromUrl,
	treatyToUrl,
	viewAfterMilestoneChange,
	type TreatyLayerId,
	type TreatyView
} from '../treaty/layers';

/** How often, at most, scrubbing rewrites the URL (browsers rate-limit history updates). */
const URL_WRITE_MS = 250;

/**
 * The app's state: the chosen day and assessment. It is the only writer of the URL, so a copied
 * link opens the view on screen. Stepping (keys, buttons, playback) replaces the entry
 * (throttled), so the back button is not flooded; going to a milestone (a mark, `[`/`]`, the
 * panel) adds an entry; one pointer gesture on the scrubber (a drag or a click on the track) adds
 * exactly one, however many days and milestones it passes, so Back undoes it.
 *
 * It also owns where the map looks: `camera` is the reader's own view (in the URL) and `framing`
 * numbers each request to move the map (a URL read, a milestone reached, the layer menu). A
 * request from the story or the menu clears `camera`, because the map leaves it.
 */
export class AppState {
	date: string = $state(DEFAULT_VIEW.date);
	source: FrontlineSourceId = $state(DEFAULT_VIEW.source);
	/** The milestone the reader went to (by a jump, a mark, the panel or the URL), if any. */
	milestone: string | null = $state(DEFAULT_VIEW.milestone);
	/** Where the reader moved the map, if they did since the last milestone. */
	camera: Camera | null = $state.raw(null);
	/** The treaty layers shown, and whose guarantor list. */
	treaty: TreatyView = $state.raw(NO_TREATY);
	/** The atlas, or the classroom slide view. */
	mode: 'app' | 'present' = $state('app');
	theme: Theme = $state('light');
	/**
	 * The chapter in focus (the scrubber's, playback's and the slides'). Scrubbing out of it keeps
	 * it, so the scale does not change under the pointer; the story's own moves (a milestone, a
	 * URL) bring their chapter.
	 */
	chapter: ChapterId = $state(DEFAULT_CHAPTER);
	/** A day or milestone id whose front line is drawn for comparison (`?compare=`), or null. */
	compare: string | null = $state(null);
	/** The comparison as two halves of the map with a divider (`?swipe=1`). */
	swipe = $state(false);
	/** Whether the URL the page opened with asked for playback (`?play=1`). */
	autoplayRequested = false;
	/** What the app changed about a requested view, in words (bad URL parameters…). */
	notices: string[] = $state([]);
	/** The latest request to move the map (see `cameraTarget`). */
	framing: Framing = $state.raw({ id: 0, by: 'url' });

	readonly #write: ReturnType<typeof throttle<[]>>;
	readonly #push: (search: string) => void;
	readonly #milestones: readonly Milestone[];
	/** The URL's other parameters, kept as they were. */
	#keep = '';
	#started = false;
	/** The map's camera when it last came to rest, whoever moved it (not in the URL by itself). */
	#shown: Camera | null = null;
	/** `camera` was taken from the map because the URL could not name the view otherwise. */
	#cameraFromMap = false;
	/** Whether a pointer gesture on the scrubber is under way (the map draws days lightly then). */
	scrubbing = $state(false);
	/** A pointer gesture on the scrubber: not in one, in one, or in one that has written history. */
	#gesture: 'none' | 'started' | 'pushed' = 'none';

	constructor(
		writeSearch: (search: string, push: boolean) => void,
		milestones: readonly Milestone[] = []
	) {
		// The query is built when the write runs, not on every step the throttle drops.
		this.#write = throttle(() => writeSearch(this.#search(), false), URL_WRITE_MS);
		this.#push = (search) => writeSearch(search, true);
		this.#milestones = milestones;
	}

	/** Adopts the view in the URL the page was opened with. */
	start(search: string): void {
		this.autoplayRequested = parseViewParams(search).autoplay;
		this.#read(search);
		this.#started = true;
		// Rewrite a URL that asked for something invalid, so a copied link is a valid one.
		if (this.notices.length > 0) this.#sync();
	}

	/** Back or forward to an entry this state wrote: adopt it without writing anything. */
	restore(search: string): void {
		this.#write.cancel();
		this.#read(search);
	}

	#read(search: string): void {
		const { view, notices } = parseViewParams(search, this.#milestoneStart);
		this.#keep = search;
		this.date = view.date;
		this.source = view.source;
		this.milestone = view.milestone;
		this.camera = view.camera ?? null;
		this.mode = view.mode === 'present' ? 'present' : 'app';
		this.theme = view.theme ?? 'light';
		this.chapter = view.chapter ?? chapterOf(view.date);
		this.compare = view.compare ?? null;
		this.swipe = view.swipe ?? false;
		this.treaty = treatyFromUrl(
			view.layers ?? null,
			view.document ?? null,
			this.#milestone(view.milestone),
			view.date
		);
		this.notices = notices;
		this.#reframe('url');
	}

	#reframe(by: Framing['by']): void {
		this.framing = { id: this.framing.id + 1, by };
		this.#cameraFromMap = false;
		if (by !== 'url') this.camera = null;
	}

	/**
	 * Where the map is, once it has come to rest. The URL names most views by themselves (a
	 * milestone, the first view); after the layer menu moved the map, or after scrubbing off the
	 * milestone the map was framed on, only a camera can, so it is taken from the map.
	 */
	mapSettled(camera: Camera): void {
		this.#shown = camera;
		if (!this.#onlyCameraNamesView()) return;
		if (this.camera !== null && !this.#cameraFromMap) return;
		this.#cameraFromMap = true;
		this.camera = camera;
		this.#sync();
	}

	#onlyCameraNamesView(): boolean {
		const { by } = this.framing;
		return by === 'menu' || (by === 'story' && this.milestone === null);
	}

	#milestone(id: string | null): Milestone | undefined {
		return id === null ? undefined : this.#milestones.find((m) => m.id === id);
	}

	/** The day a milestone starts on, or null for an id that is none (the URL's lookup). */
	#milestoneStart = (id: string): string | null => {
		const milestone = this.#milestone(id);
		return milestone ? startOf(milestone) : null;
	};

	/** A milestone about a document opens its layers; leaving it closes them (see layers.ts). */
	#reach(id: string | null): void {
		if (id === this.milestone) return;
		this.treaty = viewAfterMilestoneChange(
			this.treaty,
			this.#milestone(this.milestone),
			this.#milestone(id)
		);
		this.milestone = id;
		if (id !== null) this.#reframe('story');
		else if (this.camera === null && this.#shown && this.#onlyCameraNamesView()) {
			// Scrubbed off the milestone the map is framed on: the URL keeps where the map is.
			this.#cameraFromMap = true;
			this.camera = this.#shown;
		}
	}

	setDate(date: string): void {
		const next = clampDay(date, DATA_FIRST, DATA_LAST);
		if (next === this.date) return;
		this.date = next;
		// Scrubbing onto a milestone's first day reaches it; scrubbing off leaves it.
		const current = this.#milestone(this.milestone);
		if (!current || startOf(current) !== next) {
			this.#reach(milestoneStartingOn(this.#milestones, next)?.id ?? null);
		}
		this.#sync();
	}

	goToMilestone(id: string): void {
		const milestone = this.#milestone(id);
		if (!milestone) return;
		// A milestone brings its chapter — but not while the pointer is dragging over the track:
		// a drag snaps to marks in the compressed years, and the scale must not move under it.
		if (this.#gesture === 'none') this.chapter = chapterOf(startOf(milestone));
		if (id === this.milestone) return;
		this.#reach(id);
		this.date = clampDay(startOf(milestone), DATA_FIRST, DATA_LAST);
		// A milestone is a place to come back to: it gets its own history entry (a gesture's
		// single entry, if it is reached while dragging).
		if (this.#gesture !== 'none') this.#sync();
		else this.#pushNow();
	}

	/**
	 * A pointer gesture on the scrubber begins (a press) or ends (release or cancel). Its first
	 * change pushes one history entry and every later one replaces it, so Back returns to the
	 * view before the gesture, however many milestones a drag snapped to.
	 */
	gesture(active: boolean): void {
		this.#write.flush();
		this.#gesture = active ? 'started' : 'none';
		this.scrubbing = active;
	}

	/**
	 * The reader chose a chapter: its focus on the scrubber, and, if the day shown is outside it,
	 * its first milestone (or its first day).
	 */
	setChapter(id: ChapterId): void {
		if (id === this.chapter) return;
		this.chapter = id;
		const { from, to } = chapterById(id);
		if (this.date >= from && this.date <= to) return this.#sync();
		const first = chapterMilestones(this.#milestones, id)[0];
		if (first) return this.goToMilestone(first.id);
		this.#reach(null);
		this.date = from;
		this.#pushNow();
	}

	/** The layer menu opened or closed the world: the map is framed again. */
	frameForLayers(): void {
		this.#reframe('menu');
		this.#sync();
	}

	/** To the next (1) or previous (-1) milestone in date order. */
	jump(direction: 1 | -1): void {
		const target = jumpTarget(this.#milestones, this.date, this.milestone, direction);
		if (target) this.goToMilestone(target.id);
	}

	stepDays(days: number): void {
		this.setDate(addDays(this.date, days));
	}

	setSource(source: FrontlineSourceId): void {
		if (source === this.source) return;
		this.source = source;
		this.#sync();
	}

	/** The reader switched a treaty layer on or off (from the layer menu). */
	setLayer(layer: TreatyLayerId, on: boolean): void {
		this.#setTreaty(toggleLayer(this.treaty, layer, on, this.date));
	}

	/** The reader chose whose guarantor list to see. */
	setDocument(document: TreatyDocumentId): void {
		if (document === this.treaty.document) return;
		this.#setTreaty({ ...this.treaty, document });
	}

	setTheme(theme: Theme): void {
		if (theme === this.theme) return;
		this.theme = theme;
		this.#sync();
	}

	/**
	 * Compares the day shown with a day or a milestone (null: no comparison). A value the URL
	 * would refuse is refused here too, with the same notice.
	 */
	setCompare(value: string | null): void {
		let compare = value;
		if (value !== null) {
			const read = parseCompare(value, this.#milestoneStart);
			if (read.notice) this.notify(read.notice);
			compare = read.compare;
		}
		if (compare === this.compare) return;
		this.compare = compare;
		if (compare === null) this.swipe = false;
		this.#sync();
	}

	/** The comparison side by side with a divider (true) or overlaid (false). */
	setSwipe(on: boolean): void {
		if (on === this.swipe || (on && this.compare === null)) return;
		this.swipe = on;
		this.#sync();
	}

	setMode(mode: 'app' | 'present'): void {
		if (mode === this.mode) return;
		this.mode = mode;
		this.#sync();
	}

	/** Something went wrong that the reader should know about (a layer that did not load…). */
	notify(message: string): void {
		if (!this.notices.includes(message)) this.notices = [...this.notices, message];
	}

	#setTreaty(view: TreatyView): void {
		this.treaty = view;
		this.#sync();
	}

	/** The reader panned or zoomed: remember it in the URL until the next milestone. */
	setCamera(camera: Camera): void {
		this.#cameraFromMap = false;
		this.camera = camera;
		this.#sync();
	}

	dismissNotices(): void {
		this.notices = [];
	}

	/** Writes any pending URL change now (before the page is left or a link is copied). */
	flush(): void {
		this.#write.flush();
	}

	/** The query string of the view shown (what a link to it carries). */
	get search(): string {
		return this.#search();
	}

	#sync(): void {
		if (!this.#started) return;
		if (this.#gesture === 'started') {
			this.#gesture = 'pushed';
			this.#pushNow();
		} else this.#write();
	}

	#pushNow(): void {
		this.#write.flush();
		if (this.#started) this.#push(this.#search());
	}

	#search(): string {
		return viewSearch(
			{
				date: this.date,
				source: this.source,
				milestone: this.milestone,
				camera: this.camera,
				mode: this.mode === 'present' ? 'present' : null,
				theme: this.theme === 'light' ? null : this.theme,
				chapter: this.chapter,
				compare: this.compare,
				swipe: this.swipe,
				...treatyToUrl(this.treaty, this.#milestone(this.milestone))
			},
			this.#keep
		);
	}
}
