import { m } from '../paraglide/messages';
import { WebmWriter, type WebmTrack } from './webm-writer';

export interface EncodeOptions {
	/** The frames are drawn here, at the video's size (the dialog shows it as a preview). */
	canvas: HTMLCanvasElement;
	frames: number;
	fps: number;
	bitsPerSecond: number;
	/** Encoding stops with an error past this size. */
	maxBytes: number;
	/** Draws frame `index` into `context`; may take as long as it needs (and stop on `signal`). */
	drawFrame(
		index: number,
		context: CanvasRenderingContext2D,
		signal: AbortSignal | undefined
	): Promise<void>;
	onProgress?(framesDone: number, bytes: number): void;
	signal?: AbortSignal;
}

/** The codecs tried, best first: VP8 is the quickest to encode and every WebM player has it. */
const CODECS: { codec: string; codecId: WebmTrack['codecId'] }[] = [
	{ codec: 'vp8', codecId: 'V_VP8' },
	{ codec: 'vp09.00.40.08', codecId: 'V_VP9' }
];

/** A key frame every this many seconds, so a player can seek. */
const KEY_FRAME_SECONDS = 2;

/** The first codec this browser encodes at this size, or null (no WebCodecs, or none of them). */
export async function pickCodec(
	width: number,
	height: number,
	bitsPerSecond: number,
	fps: number
): Promise<(typeof CODECS)[number] | null> {
	if (typeof VideoEncoder === 'undefined') return null;
	for (const candidate of CODECS) {
		const config = {
			codec: candidate.codec,
			width,
			height,
			bitrate: bitsPerSecond,
			framerate: fps
		};
		try {
			if ((await VideoEncoder.isConfigSupported(config)).supported) return candidate;
		} catch {
			// A codec string this browser cannot parse: try the next.
		}
	}
	return null;
}

/**
 * A WebM video of frames drawn one by one, encoded in the browser (WebCodecs). Each frame carries
 * its own time, index / fps: the video plays at its rate however long each frame took to draw, and
 * no frame is dropped. (MediaRecorder timestamps frames by the wall clock, which on a slow machine
 * stretches the video; its pause does not take the drawing time out in Chromium.)
 */
export async function encodeVideo(options: EncodeOptions): Promise<Blob> {
	const { canvas, frames, fps, signal } = options;
	const { width, height } = canvas;
	const context = canvas.getContext('2d');
	// The dialog shows why a video failed: these errors are written for the reader.
	if (!context) throw new Error(m.present_video_no_canvas());
	const codec = await pickCodec(width, height, options.bitsPerSecond, fps);
	if (!codec) throw new Error(m.present_video_no_codec());

	const writer = new WebmWriter({ width, height, codecId: codec.codecId, fps });
	let failure: Error | null = null;
	const encoder = new VideoEncoder({
		output: (chunk) => {
			const data = new Uint8Array(chunk.byteLength);
			chunk.copyTo(data);
			try {
				writer.addFrame(
					data,
					chunk.timestamp / 1000,
					(chunk.duration ?? 1e6 / fps) / 1000,
					chunk.type === 'key'
				);
			} catch (error) {
				failure = error as Error;
			}
		},
		error: (error) => (failure = error)
	});
	encoder.configure({
		codec: codec.codec,
		width,
		height,
		bitrate: options.bitsPerSecond,
		framerate: fps,
		latencyMode: 'quality'
	});
	const check = () => {
		signal?.throwIfAborted();
		if (failure) throw failure;
		if (writer.bytes > options.maxBytes)
			throw new Error(m.present_video_too_large({ mb: Math.round(options.maxBytes / 1_000_000) }));
	};
	try {
		const frameMicros = 1e6 / fps;
		for (let index = 0; index < frames; index++) {
			check();
			await options.drawFrame(index, context, signal);
			check();
			const frame = new VideoFrame(canvas, {
				timestamp: Math.round(index * frameMicros),
				duration: Math.round(frameMicros)
			});
			encoder.encode(frame, { keyFrame: index % (KEY_FRAME_SECONDS * fps) === 0 });
			frame.close();
			// The encoder works beside the drawing; it is not let fall far behind.
			while (encoder.encodeQueueSize > 2) await new Promise((r) => setTimeout(r, 10));
			options.onProgress?.(index + 1, writer.bytes);
		}
		await encoder.flush();
		check();
	} finally {
		if (encoder.state !== 'closed') encoder.close();
	}
	return writer.finish();
}
