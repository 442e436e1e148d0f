/** How long playback waits after reaching a day: longer on a talks milestone, to read it. */
export function delayAfter(
	onTalksMilestone: boolean,
	daysPerSecond: number,
	dwellSeconds: number
): number {
	const step = 1000 / daysPerSecond;
	return onTalksMilestone ? Math.max(step, dwellSeconds * 1000) : step;
}

export const SPEEDS = [1, 3, 7, 15] as const;
export const DWELLS = [0, 3, 6, 10] as const;

/**
 * Plays the story forward a day at a time. It never starts by itself (the page starts it only
 * when the URL asks), and it stops at the last day.
 */
export class Playback {
	playing = $state(false);
	daysPerSecond: number = $state(3);
	dwellSeconds: number = $state(6);

	readonly #advance: () => { moved: boolean; onTalksMilestone: boolean };
	readonly #rewind: () => void;
	#timer: ReturnType<typeof setTimeout> | undefined;

	/**
	 * `advance` moves one day on and says whether it could and where it landed; `rewind`, called
	 * as playback starts, goes back to the start of the range if the day is at its end or outside.
	 */
	constructor(
		advance: () => { moved: boolean; onTalksMilestone: boolean },
		rewind: () => void = () => {}
	) {
		this.#advance = advance;
		this.#rewind = rewind;
	}

	/**
	 * Starts playback; by default from the start of the range if the day is at its end or outside
	 * it (a reader pressing Play again). `rewind: false` plays from the day shown, as a URL that
	 * names a day and asks for playback wants; at the end, it then stops at once.
	 */
	play({ rewind = true }: { rewind?: boolean } = {}): void {
		if (this.playing) return;
		if (rewind) this.#rewind();
		this.playing = true;
		this.#schedule(1000 / this.daysPerSecond);
	}

	pause(): void {
		this.playing = false;
		clearTimeout(this.#timer);
		this.#timer = undefined;
	}

	toggle(): void {
		if (this.playing) this.pause();
		else this.play();
	}

	#schedule(ms: number): void {
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => this.#tick(), ms);
	}

	#tick(): void {
		if (!this.playing) return;
		const { moved, onTalksMilestone } = this.#advance();
		if (!moved) return this.pause();
		this.#schedule(delayAfter(onTalksMilestone, this.daysPerSecond, this.dwellSeconds));
	}
}
