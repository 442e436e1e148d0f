import type { Milestone } from '../content/milestones';
import type { Venue } from '../content/venues';
import type { CameraTarget } from '../map/camera';
import { FRAME_BOUNDS, venueBounds } from '../map/frames';
import { HOME_BOUNDS } from '../map/view';
import type { Camera } from '../state/url';

/**
 * Why the state last asked the map to move: it read a URL (start, Back/Forward), the story
 * reached a milestone, or the layer menu opened or closed the world.
 */
export interface Framing {
	id: number;
	by: 'url' | 'story' | 'menu';
}

export interface CameraInputs {
	framing: Framing;
	/** The reader's camera in the URL, if any. */
	camera: Camera | null;
	/** The milestone reached, if any. */
	milestone: Milestone | null;
	/** The guarantor layer is on: the camera may show the world. */
	worldView: boolean;
	venuesById: ReadonlyMap<string, Venue>;
}

/**
 * Where the map should be, derived from the state alone, so URL, story framing and the reader's
 * own moves cannot disagree: a URL's camera wins; otherwise the milestone's framing; a URL with
 * neither is the first view (the world with the guarantor layer). The key is the framing's id:
 * the map moves once per request, and a reader who pans afterwards keeps the view.
 */
export function cameraTarget(inputs: CameraInputs): CameraTarget | null {
	const { framing, camera, milestone, worldView } = inputs;
	const key = `framing-${framing.id}`;
	const instant = framing.by === 'url';
	const venues = milestone?.venues ?? [];
	if (instant && camera) return { key, instant, venues, camera };
	if (framing.by === 'menu') {
		return { key, venues: [], bounds: worldView ? FRAME_BOUNDS.world : FRAME_BOUNDS.europe };
	}
	if (milestone) return { key, instant, venues, bounds: milestoneBounds(inputs, milestone) };
	if (!instant) return null;
	// The first view, as the map opens (same padding).
	if (!worldView) return { key, instant, venues: [], bounds: HOME_BOUNDS, padding: 24 };
	return { key, instant, venues: [], bounds: FRAME_BOUNDS.world };
}

function milestoneBounds({ worldView, venuesById }: CameraInputs, milestone: Milestone) {
	// Only the guarantor layer opens the camera to the world; without it, Europe.
	const frame = milestone.frame === 'world' && !worldView ? 'europe' : milestone.frame;
	if (frame !== 'venues') return FRAME_BOUNDS[frame];
	const venues = milestone.venues.flatMap((id) => venuesById.get(id) ?? []);
	return venueBounds(venues) ?? FRAME_BOUNDS.ukraine;
}
