import { addDays, clampDay, dayNumber, formatDay, isIsoDay } from '../dates';
import { DATA_FIRST, DATA_LAST } from '../frontlines/range';
import { intlLocale } from '../i18n/locale';
import { m } from '../paraglide/messages';

export type VideoSizeId = '720p' | '1080p';

/**
 * The frame sizes offered. 1080p draws the same map as 720p at 1.5 pixels per CSS pixel, so labels
 * and lines keep their size relative to the frame. The bit rates are the encoder's target: a map
 * changes little from one frame to the next, so these are generous.
 */
export const VIDEO_SIZES: Record<
	VideoSizeId,
	{ label: string; width: number; height: number; pixelRatio: number; bitsPerSecond: number }
> = {
	'720p': { label: '1280×720', width: 1280, height: 720, pixelRatio: 1, bitsPerSecond: 2_500_000 },
	'1080p': {
		label: '1920×1080',
		width: 1920,
		height: 1080,
		pixelRatio: 1.5,
		bitsPerSecond: 5_000_000
	}
};

/** Frames (days) a second. */
export const VIDEO_RATES = [5, 10, 15, 25] as const;
export const DEFAULT_VIDEO_RATE = 10;

/** A file stays under this; the plan aims at 90 % of it, since an encoder overshoots its target. */
export const MAX_VIDEO_BYTES = 50_000_000;

export interface VideoRequest {
	from: string;
	to: string;
	fps: number;
	size: VideoSizeId;
}

export interface VideoPlan {
	/** The day each frame shows, in order: the first and the last day always among them. */
	days: string[];
	/** Days from one frame to the next (more than 1 only when the cap requires it). */
	stepDays: number;
	fps: number;
	size: VideoSizeId;
	width: number;
	height: number;
	pixelRatio: number;
	bitsPerSecond: number;
	seconds: number;
	/** About how large the file will be. */
	estimatedBytes: number;
	/** What the reader should know: a range moved to the data's edge, days skipped. */
	notes: string[];
}

/**
 * The frames of a video from `from` to `to`, one day each, at `fps`. A range too long for the cap
 * at that size shows every n-th day instead (the last day still ends it), and says so.
 */
export function planVideo(
	request: VideoRequest,
	first = DATA_FIRST,
	last = DATA_LAST
): { plan: VideoPlan; error: null } | { plan: null; error: string } {
	const size = VIDEO_SIZES[request.size];
	if (!size) return { plan: null, error: m.present_video_no_size({ size: request.size }) };
	if (!VIDEO_RATES.includes(request.fps as (typeof VIDEO_RATES)[number]))
		return { plan: null, error: m.present_video_bad_rate({ rates: VIDEO_RATES.join(', ') }) };
	if (!isIsoDay(request.from) || !isIsoDay(request.to))
		return { plan: null, error: m.present_video_choose_days() };
	const notes: string[] = [];
	const from = clampDay(request.from, first, last);
	const to = clampDay(request.to, first, last);
	if (from !== request.from || to !== request.to)
		notes.push(m.present_video_range_cut({ first: formatDay(first), last: formatDay(last) }));
	if (to <= from) return { plan: null, error: m.present_video_reversed() };

	const maxSeconds = Math.floor((0.9 * MAX_VIDEO_BYTES * 8) / size.bitsPerSecond);
	const maxFrames = maxSeconds * request.fps;
	const span = dayNumber(to) - dayNumber(from);
	// Frames at from, from + step, …, plus the last day when the steps miss it.
	let stepDays = 1;
	while (Math.floor(span / stepDays) + 1 + (span % stepDays ? 1 : 0) > maxFrames) stepDays++;
	const days: string[] = [];
	for (let offset = 0; offset <= span; offset += stepDays) days.push(addDays(from, offset));
	if (days.at(-1) !== to) days.push(to);
	if (stepDays > 1)
		notes.push(m.present_video_step({ mb: MAX_VIDEO_BYTES / 1_000_000, step: stepDays }));
	const seconds = days.length / request.fps;
	return {
		plan: {
			days,
			stepDays,
			fps: request.fps,
			size: request.size,
			width: size.width,
			height: size.height,
			pixelRatio: size.pixelRatio,
			bitsPerSecond: size.bitsPerSecond,
			seconds,
			estimatedBytes: Math.round((seconds * size.bitsPerSecond) / 8),
			notes
		},
		error: null
	};
}

/** `talks-atlas-2022-02-24-to-2022-05-31.webm` */
export function videoFilename(plan: VideoPlan): string {
	return `talks-atlas-${plan.days[0]}-to-${plan.days.at(-1)}.webm`;
}

/** “About 12 MB, 9.7 seconds, 97 frames” */
export function describePlan(plan: VideoPlan): string {
	const mb = plan.estimatedBytes / 1_000_000;
	const frames = plan.days.length;
	const seconds = oneDecimal(plan.seconds);
	return mb < 1
		? m.present_video_plan_small({ frames, seconds })
		: m.present_video_plan({ frames, seconds, mb: Math.round(mb) });
}

/** A number with one decimal, as the reader's language writes it (9.7, 9,7). */
export function oneDecimal(value: number): string {
	return new Intl.NumberFormat(intlLocale(), {
		minimumFractionDigits: 1,
		maximumFractionDigits: 1
	}).format(value);
}
