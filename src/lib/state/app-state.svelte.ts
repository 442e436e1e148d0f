import { addDays, clampDay } from '../dates';
import { DATA_FIRST, DATA_LAST } from '../frontlines/range';
import type { FrontlineSourceId } from '../frontlines/types';
import { throttle } from './throttle';
import { DEFAULT_VIEW, parseViewParams, viewSearch } from './url';

/** How often, at most, scrubbing rewrites the URL (browsers rate-limit history updates). */
const URL_WRITE_MS = 250;

/**
 * The app's state: the chosen day and assessment. It is the only writer of the URL; while
 * scrubbing it replaces the entry (throttled) rather than adding history, so a copied link
 * opens the same view and the back button is not flooded.
 */
export class AppState {
	date: string = $state(DEFAULT_VIEW.date);
	source: FrontlineSourceId = $state(DEFAULT_VIEW.source);
	/** What the app changed about a requested view, in words (bad URL parameters…). */
	notices: string[] = $state([]);

	readonly #write: ReturnType<typeof throttle<[string]>>;
	/** The URL's other parameters, kept as they were. */
	#keep = '';
	#started = false;

	constructor(writeSearch: (search: string) => void) {
		this.#write = throttle(writeSearch, URL_WRITE_MS);
	}

	/** Adopts the view in the URL the page was opened with. */
	start(search: string): void {
		const { view, notices } = parseViewParams(search);
		this.#keep = search;
		this.date = view.date;
		this.source = view.source;
		this.notices = notices;
		this.#started = true;
		// Rewrite a URL that asked for something invalid, so a copied link is a valid one.
		if (notices.length > 0) this.#sync();
	}

	setDate(date: string): void {
		const next = clampDay(date, DATA_FIRST, DATA_LAST);
		if (next === this.date) return;
		this.date = next;
		this.#sync();
	}

	stepDays(days: number): void {
		this.setDate(addDays(this.date, days));
	}

	setSource(source: FrontlineSourceId): void {
		if (source === this.source) return;
		this.source = source;
		this.#sync();
	}

	dismissNotices(): void {
		this.notices = [];
	}

	/** Writes any pending URL change now (before the page is left or a link is copied). */
	flush(): void {
		this.#write.flush();
	}

	#sync(): void {
		if (!this.#started) return;
		this.#write(viewSearch({ date: this.date, source: this.source }, this.#keep));
	}
}
