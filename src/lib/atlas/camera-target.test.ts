import { describe, expect, it } from 'vitest';
import { MILESTONES } from '../content/milestones';
import { VENUES_BY_ID } from '../content/venues';
import { FRAME_BOUNDS } from '../map/frames';
import { HOME_BOUNDS } from '../map/view';
import { cameraTarget, type CameraInputs } from './camera-target';

const istanbul = MILESTONES.find((m) => m.id === 'istanbul-communique')!;
const base: CameraInputs = {
	framing: { id: 3, by: 'url' },
	camera: null,
	milestone: null,
	worldView: false,
	venuesById: VENUES_BY_ID
};

describe('cameraTarget', () => {
	it('a URL’s camera wins over the milestone’s framing, and is a jump', () => {
		const target = cameraTarget({ ...base, camera: [30, 50, 5], milestone: istanbul });
		expect(target).toMatchObject({ key: 'framing-3', camera: [30, 50, 5], instant: true });
		expect(target?.venues).toEqual(istanbul.venues);
	});

	it('a URL with neither camera nor milestone is the first view (the world with guarantors)', () => {
		expect(cameraTarget(base)).toMatchObject({ bounds: HOME_BOUNDS, instant: true });
		expect(cameraTarget({ ...base, worldView: true })).toMatchObject({
			bounds: FRAME_BOUNDS.world
		});
	});

	it('the story frames its milestone (flying); the reader’s later camera does not move it', () => {
		const story = { ...base, framing: { id: 4, by: 'story' as const }, milestone: istanbul };
		const target = cameraTarget(story);
		expect(target).toMatchObject({ key: 'framing-4', bounds: FRAME_BOUNDS.europe });
		expect(target).not.toHaveProperty('camera');
		expect(target?.instant).toBe(false);
		const afterPan = cameraTarget({ ...story, camera: [1, 2, 3] });
		expect(afterPan?.key).toBe(target?.key);
		expect(afterPan).not.toHaveProperty('camera');
	});

	it('the menu frames the world or Europe; a story step off a milestone asks for nothing', () => {
		expect(
			cameraTarget({ ...base, framing: { id: 5, by: 'menu' }, worldView: true })
		).toMatchObject({ bounds: FRAME_BOUNDS.world });
		expect(cameraTarget({ ...base, framing: { id: 5, by: 'story' } })).toBeNull();
	});
});
