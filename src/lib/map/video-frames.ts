import { m } from '../paraglide/messages';
import { now, restoreNow, setNow, type Map as MapLibreMap } from 'maplibre-gl';
import { burnIn, type ExportCaption } from './burn-in';
import type { DrawnFrame } from './frontline-layer';
import type { Palette } from './palette';

/** A video's frame size: canvas pixels, and how many of them to a CSS pixel. */
export interface VideoFrameSize {
	width: number;
	height: number;
	pixelRatio: number;
}

export interface VideoFrameRequest {
	/** The frame's time in the video (ms): the map's clock stands at it, so no frame is skipped. */
	time: number;
	/** Whether the map shows what the frame must (its day's front lines, the comparison's line). */
	shows: (drawn: DrawnFrame | null) => boolean;
	/** Why the frame cannot be drawn (a data file failed), or null while it still may be. */
	failed?: () => string | null;
	/** Read when the frame is taken, so it describes what is drawn then. */
	caption: () => Omit<ExportCaption, 'attribution'>;
	/** Stops waiting for the frame (the video was cancelled). */
	signal?: AbortSignal;
}

/** How long a frame may take to be drawn before the video gives up. */
const FRAME_TIMEOUT_MS = 30_000;

/**
 * A video's frames, drawn by the map itself: the map is set to the video's size and pixel ratio
 * (behind the dialog that shows the progress), its clock frozen, and each frame is copied when the
 * map has drawn the day it must show with all its tiles.
 */
export function createVideoFrames(
	map: MapLibreMap,
	drawn: () => DrawnFrame | null,
	credit: () => string,
	palette: () => Palette
) {
	let start = 0;
	return {
		/** Sizes the map for the video; the function returned puts it back as it was. */
		begin(size: VideoFrameSize): () => void {
			const container = map.getContainer();
			const style = container.getAttribute('style');
			// null when the map follows the screen's own ratio: put back as such, not pinned.
			const override = map._overridePixelRatio ?? null;
			const camera = { center: map.getCenter(), zoom: map.getZoom() };
			const bounds = map.getBounds();
			// The video's clock starts at the map's own now: an earlier time would hold back label
			// placement, which waits until the clock passes its last run.
			start = now();
			// Fixed at the top left, at the video's size in CSS pixels: the dialog covers the page.
			Object.assign(container.style, {
				position: 'fixed',
				left: '0',
				top: '0',
				width: `${size.width / size.pixelRatio}px`,
				height: `${size.height / size.pixelRatio}px`
			});
			// (setPixelRatio resizes the map.)
			map.setPixelRatio(size.pixelRatio);
			// What the reader saw, framed in the video's proportions.
			const fitted = map.cameraForBounds(bounds);
			if (fitted) map.jumpTo(fitted);
			return () => {
				restoreNow();
				if (style === null) container.removeAttribute('style');
				else container.setAttribute('style', style);
				map.setPixelRatio(override as number);
				map.jumpTo(camera);
			};
		},

		/** Draws the next frame that shows what `request` asks into `context`, caption burned in. */
		draw(context: CanvasRenderingContext2D, request: VideoFrameRequest): Promise<void> {
			setNow(start + request.time);
			return new Promise((resolve, reject) => {
				const done = () => {
					map.off('render', onRender);
					clearInterval(nudge);
					clearTimeout(timeout);
					request.signal?.removeEventListener('abort', onAbort);
				};
				const onAbort = () => {
					done();
					reject(request.signal?.reason);
				};
				const onRender = () => {
					const problem = request.failed?.() ?? null;
					if (problem) {
						done();
						return reject(new Error(problem));
					}
					if (!request.shows(drawn()) || !map.areTilesLoaded()) return;
					try {
						const { width, height } = context.canvas;
						context.drawImage(map.getCanvas(), 0, 0, width, height);
						const caption = { ...request.caption(), attribution: credit() };
						burnIn(context, width, height, map.getPixelRatio(), caption, palette());
						done();
						resolve();
					} catch (error) {
						done();
						reject(error);
					}
				};
				if (request.signal?.aborted) return reject(request.signal.reason);
				request.signal?.addEventListener('abort', onAbort);
				// A frame that needs nothing new would not be drawn again by itself.
				const nudge = setInterval(() => map.triggerRepaint(), 250);
				const timeout = setTimeout(() => {
					done();
					reject(new Error(m.map_frame_timeout({ seconds: FRAME_TIMEOUT_MS / 1000 })));
				}, FRAME_TIMEOUT_MS);
				map.on('render', onRender);
				map.triggerRepaint();
			});
		}
	};
}
