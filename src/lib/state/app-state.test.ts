import { describe, expect, it } from 'vitest';
import { MILESTONES } from '../content/milestones';
import { startOf } from '../story/milestones';
import { AppState } from './app-state.svelte';

function recorded() {
	const writes: { search: string; push: boolean }[] = [];
	const state = new AppState((search, push) => writes.push({ search, push }), MILESTONES);
	return { state, writes, pushes: () => writes.filter((w) => w.push).length };
}

describe('history during a pointer gesture (B3)', () => {
	it('adds one entry for a drag that snaps to many milestones, and Back returns to before it', () => {
		const { state, writes, pushes } = recorded();
		state.start('?date=2022-02-25');
		const before = state.search;
		state.gesture(true);
		// A drag across the spring: plain days and every milestone mark on the way.
		for (const m of MILESTONES.filter((m) => startOf(m) < '2022-05-31')) {
			state.setDate(startOf(m) > '2022-02-25' ? startOf(m) : '2022-02-26');
			state.goToMilestone(m.id);
		}
		state.gesture(false);
		expect(pushes()).toBe(1);
		// The entry before the gesture was never replaced: Back shows the view it started from.
		const pushedAt = writes.findIndex((w) => w.push);
		expect(writes.slice(0, pushedAt).every((w) => w.search === before)).toBe(true);
		// The gesture's entry ends at the view the drag stopped on.
		expect(writes.at(-1)!.search).toBe(state.search);
	});

	it('still pushes one entry per milestone outside a gesture (a click on a mark, `]`)', () => {
		const { state, pushes } = recorded();
		state.start('?date=2022-02-25');
		state.jump(1);
		state.jump(1);
		expect(pushes()).toBe(2);
	});
});

describe('the camera has one owner (B4, B5)', () => {
	it('stepping onto a milestone day clears the reader’s camera and asks the map to frame it', () => {
		const { state } = recorded();
		state.start('?date=2022-03-27');
		state.setCamera([32.5, 45.35, 3.74]);
		const before = state.framing.id;
		state.setDate('2022-03-28');
		expect(state.camera).toEqual([32.5, 45.35, 3.74]);
		state.setDate('2022-03-29');
		expect(state.milestone).toBe('istanbul-communique');
		expect(state.camera).toBeNull();
		expect(state.framing).toEqual({ id: before + 1, by: 'story' });
		state.flush();
		expect(state.search).not.toContain('camera=');
	});

	it('Back to an entry with a camera asks the map to go there', () => {
		const { state } = recorded();
		state.start('?milestone=istanbul-communique');
		state.restore('?milestone=round-1-liaskavichy&camera=35.66,31.07,1.2');
		expect(state.camera).toEqual([35.66, 31.07, 1.2]);
		expect(state.framing.by).toBe('url');
		const id = state.framing.id;
		state.restore('?milestone=round-1-liaskavichy');
		expect(state.camera).toBeNull();
		expect(state.framing).toEqual({ id: id + 1, by: 'url' });
	});

	it('the layer menu reframes the map and drops the reader’s camera', () => {
		const { state } = recorded();
		state.start('?date=2022-04-20&camera=30,50,5');
		state.frameForLayers();
		expect(state.camera).toBeNull();
		expect(state.framing.by).toBe('menu');
	});
});
