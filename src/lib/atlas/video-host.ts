import { MILESTONES } from '../content/milestones';
import { resolveView } from '../frontlines/catalog';
import type { VideoFrameRequest, VideoFrameSize } from '../map/video-frames';
import { milestoneAt } from '../story/milestones';
import { videoCaption } from '../video/video-caption';
import type { VideoHost } from '../video/video-export.svelte';
import type { AtlasSession } from './session.svelte';

/** The map's part in a video (MapView's). */
export interface VideoMap {
	beginVideo(size: VideoFrameSize): (() => void) | null;
	drawVideoFrame(context: CanvasRenderingContext2D, request: VideoFrameRequest): Promise<void>;
}

/**
 * A video of the atlas: each frame's day is drawn by the map as the reader's day would be (the
 * same assessment, the comparison's line), while the reader's own view waits unchanged.
 */
export function atlasVideoHost(session: AtlasSession, map: () => VideoMap | undefined): VideoHost {
	return {
		begin(plan) {
			const end = map()?.beginVideo(plan);
			if (!end) throw new Error('the map is not ready');
			session.playback.pause();
			return () => {
				session.videoDay = null;
				end();
			};
		},
		async drawFrame(day, index, plan, context) {
			const target = map();
			if (!target) throw new Error('the map is not there');
			session.videoDay = day;
			const catalog = session.frontlines.catalog;
			const view = catalog ? resolveView(catalog, session.app.source, day) : null;
			const want = view?.asOf ? { sourceId: view.source.id, date: view.asOf } : null;
			const reference =
				session.compareDay === null ? null : (session.compare?.plan?.reference.asOf ?? null);
			await target.drawVideoFrame(context, {
				now: (index * 1000) / plan.fps,
				shows: (drawn) =>
					want === null
						? drawn === null
						: drawn?.sourceId === want.sourceId && drawn.date === want.date,
				caption: videoCaption({
					day,
					view,
					milestoneTitle: milestoneAt(MILESTONES, day)?.title ?? null,
					reference,
					swipe: session.app.swipe
				})
			});
		}
	};
}
