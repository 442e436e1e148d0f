import { MILESTONES } from '../content/milestones';
import { resolveView } from '../frontlines/catalog';
import type { VideoFrameRequest, VideoFrameSize } from '../map/video-frames';
import { m } from '../paraglide/messages';
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
 * `divider`: where the side-by-side view's divider is (a fraction of the width), or null.
 */
export function atlasVideoHost(
	session: AtlasSession,
	map: () => VideoMap | undefined,
	divider: () => number | null
): VideoHost {
	/** Whether the comparison, if one is on, has followed the frame's day with its line. */
	const compareFollows = (day: string) => {
		if (session.compareDay === null) return true;
		const plan = session.compare?.plan;
		if (!plan || plan.current.day !== day) return false;
		if (plan.reference.asOf === null) return true;
		const line = session.compare?.referenceLine;
		return line?.sourceId === plan.source.id && line.date === plan.reference.asOf;
	};
	return {
		begin(plan) {
			const end = map()?.beginVideo(plan);
			// The dialog shows why a video failed: these errors are written for the reader.
			if (!end) throw new Error(m.present_video_map_not_ready());
			session.playback.pause();
			return () => {
				session.videoDay = null;
				end();
			};
		},
		async drawFrame(day, index, plan, context, signal) {
			const target = map();
			if (!target) throw new Error(m.present_video_map_gone());
			session.videoDay = day;
			const catalog = session.frontlines.catalog;
			const view = catalog ? resolveView(catalog, session.app.source, day) : null;
			const want = view?.asOf ? { sourceId: view.source.id, date: view.asOf } : null;
			await target.drawVideoFrame(context, {
				time: (index * 1000) / plan.fps,
				shows: (drawn) =>
					(want === null
						? drawn === null
						: drawn?.sourceId === want.sourceId && drawn.date === want.date) && compareFollows(day),
				failed: () =>
					session.frontlines.status === 'error'
						? (session.frontlines.error ?? m.present_video_frontlines_failed())
						: session.compare?.status === 'error'
							? (session.compare.error ?? m.present_video_compare_failed())
							: null,
				caption: () => {
					const swipe = session.app.swipe;
					const plan = session.compareDay === null ? null : (session.compare?.plan ?? null);
					const asOf = plan?.reference.asOf ?? null;
					return videoCaption({
						day,
						view,
						milestoneTitle: milestoneAt(MILESTONES, day)?.title ?? null,
						reference: plan && asOf ? { day: asOf, source: plan.source.label } : null,
						swipe,
						divider: swipe ? divider() : null
					});
				},
				signal
			});
		}
	};
}
