import { m } from '../paraglide/messages';
import { encodeVideo } from './encode-video';
import { MAX_VIDEO_BYTES, type VideoPlan } from './video-plan';

/** What a video needs from the atlas: the map at the video's size, and each day's frame. */
export interface VideoHost {
	/** Readies the map for the video; the function returned puts everything back. */
	begin(plan: VideoPlan): () => void;
	/** Shows `day` and draws its frame (map, caption, key, credit) into `context`. */
	drawFrame(
		day: string,
		index: number,
		plan: VideoPlan,
		context: CanvasRenderingContext2D,
		signal: AbortSignal | undefined
	): Promise<void>;
}

export type VideoPhase = 'idle' | 'recording' | 'done' | 'cancelled' | 'failed';

/** One video being made: its progress for the dialog, and cancelling it. */
export class VideoExport {
	phase: VideoPhase = $state('idle');
	framesDone = $state(0);
	total = $state(0);
	/** The day of the frame being drawn. */
	day: string | null = $state(null);
	bytes = $state(0);
	message: string | null = $state(null);
	#abort: AbortController | null = null;

	/** Makes the plan's video; the file, or null when cancelled or failed (`message` says why). */
	async run(plan: VideoPlan, host: VideoHost, canvas: HTMLCanvasElement): Promise<Blob | null> {
		if (this.phase === 'recording') return null;
		const abort = new AbortController();
		this.#abort = abort;
		this.phase = 'recording';
		this.framesDone = 0;
		this.total = plan.days.length;
		this.bytes = 0;
		this.message = null;
		let end: (() => void) | null = null;
		try {
			end = host.begin(plan);
			const blob = await encodeVideo({
				canvas,
				frames: plan.days.length,
				fps: plan.fps,
				bitsPerSecond: plan.bitsPerSecond,
				maxBytes: MAX_VIDEO_BYTES,
				signal: abort.signal,
				drawFrame: (index, context, signal) => {
					this.day = plan.days[index];
					return host.drawFrame(plan.days[index], index, plan, context, signal);
				},
				onProgress: (done, bytes) => {
					this.framesDone = done;
					this.bytes = bytes;
				}
			});
			this.phase = 'done';
			this.bytes = blob.size;
			return blob;
		} catch (error) {
			if (abort.signal.aborted) {
				this.phase = 'cancelled';
				this.message = m.present_video_cancelled();
			} else {
				this.phase = 'failed';
				this.message = m.present_video_failed({ error: (error as Error).message });
			}
			return null;
		} finally {
			end?.();
			this.#abort = null;
			this.day = null;
		}
	}

	cancel(): void {
		this.#abort?.abort();
	}
}
