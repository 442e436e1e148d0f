import { describe, expect, it } from 'vitest';
import { FRAME_BOUNDS } from '../map/frames';
import { AtlasSession } from './session.svelte';

describe('AtlasSession', () => {
	it('has no camera target before it has read the URL, then the URL’s camera', () => {
		const session = new AtlasSession(() => {});
		expect(session.cameraTarget).toBeNull();
		session.start('?milestone=bucha&camera=30.2,50.5,8');
		expect(session.cameraTarget).toMatchObject({ camera: [30.2, 50.5, 8], instant: true });
		expect(session.reached?.id).toBe('bucha');
	});

	it('the guarantor layer from the menu frames the world, and off again Europe', () => {
		const session = new AtlasSession(() => {});
		session.start('?date=2022-04-20&camera=30,50,5');
		session.toggleLayer('guarantors', true);
		expect(session.worldView).toBe(true);
		expect(session.app.camera).toBeNull();
		expect(session.cameraTarget).toMatchObject({ bounds: FRAME_BOUNDS.world });
		const key = session.cameraTarget?.key;
		session.hideTreatyLayers();
		expect(session.cameraTarget).toMatchObject({ bounds: FRAME_BOUNDS.europe });
		expect(session.cameraTarget?.key).not.toBe(key);
	});

	it('reads the milestone a day is on for the slider, and announces the talks milestone', () => {
		const session = new AtlasSession(() => {});
		session.start('?date=2022-03-29');
		expect(session.onMilestone?.id).toBe('istanbul-communique');
		expect(session.announcement).toMatch(/^.+, 29 March 2022/);
	});
});
