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
		state.stepDays(1);
		state.flush();
		const before = state.search;
		expect(writes.at(-1)).toEqual({ search: before, push: false });
		const writtenBefore = writes.length;
		state.gesture(true);
		// A drag across the spring: plain days and every milestone mark on the way.
		for (const m of MILESTONES.filter((m) => startOf(m) < '2022-05-31')) {
			state.setDate(startOf(m) > '2022-02-26' ? startOf(m) : '2022-02-27');
			state.goToMilestone(m.id);
		}
		state.gesture(false);
		const during = writes.slice(writtenBefore);
		// The entry before the gesture was never replaced: its first write pushes a new entry…
		expect(during[0].push).toBe(true);
		expect(during[0].search).not.toBe(before);
		// …and every later write replaces that one, ending at the view the drag stopped on.
		expect(during.slice(1).every((w) => !w.push)).toBe(true);
		expect(during.at(-1)!.search).toBe(state.search);
		expect(pushes()).toBe(1);
	});

	it('a drag across plain days adds one entry too (Back undoes it); keys only replace', () => {
		const { state, writes, pushes } = recorded();
		state.start('?date=2022-04-05');
		state.gesture(true);
		for (let day = 6; day <= 12; day++) state.setDate(`2022-04-${String(day).padStart(2, '0')}`);
		state.gesture(false);
		expect(pushes()).toBe(1);
		expect(writes.at(-1)).toEqual({ search: state.search, push: false });
		expect(state.date).toBe('2022-04-12');
		state.stepDays(1);
		state.stepDays(1);
		state.flush();
		expect(pushes()).toBe(1);
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

	it('after the menu moved the map, the URL takes the camera where it came to rest (B-3)', () => {
		const { state } = recorded();
		state.start('?milestone=bucha');
		state.frameForLayers();
		state.mapSettled([10, 40, 1.5]);
		expect(state.camera).toEqual([10, 40, 1.5]);
		// The reader's own move then wins, and a later settle does not overwrite it.
		state.setCamera([11, 41, 2]);
		state.mapSettled([11, 41, 2]);
		expect(state.camera).toEqual([11, 41, 2]);
	});

	it('scrubbing off the milestone the map is framed on keeps the map’s camera in the URL', () => {
		const { state } = recorded();
		state.start('?date=2022-04-01');
		state.goToMilestone('bucha');
		state.mapSettled([30.2, 50.5, 6]);
		// On the milestone, the milestone names the view: no camera.
		expect(state.camera).toBeNull();
		state.stepDays(1);
		expect(state.milestone).toBeNull();
		expect(state.camera).toEqual([30.2, 50.5, 6]);
		state.flush();
		expect(state.search).toContain('camera=');
		// The next milestone frames the map again and drops it.
		state.jump(1);
		expect(state.camera).toBeNull();
	});
});

describe('chapters', () => {
	it('come from the date, or from the URL when it names another', () => {
		const { state } = recorded();
		state.start('?date=2025-05-16');
		expect(state.chapter).toBe('talks-resumed');
		state.start('?date=2025-05-16&chapter=spring-2022');
		expect(state.chapter).toBe('spring-2022');
		expect(state.search).toContain('chapter=spring-2022');
	});

	it('say so for an unknown chapter and use the date’s', () => {
		const { state } = recorded();
		state.start('?date=2023-06-17&chapter=2025');
		expect(state.chapter).toBe('looking-back');
		expect(state.notices.join(' ')).toContain('“2025” is not a chapter');
		expect(state.search).not.toContain('chapter=');
	});

	it('choosing one goes to its first milestone and writes the URL; scrubbing out keeps it', () => {
		const { state, writes } = recorded();
		state.start('?date=2022-03-29');
		state.setChapter('talks-resumed');
		const first = MILESTONES.find((m) => startOf(m) >= '2025-01-01');
		if (first) {
			expect(state.milestone).toBe(first.id);
			expect(state.date).toBe(startOf(first));
		} else expect(state.date).toBe('2025-01-01');
		expect(writes.at(-1)!.push).toBe(true);
		// A drag back into 2024 keeps the chapter's focus; the URL says which.
		state.setDate('2024-12-30');
		state.flush();
		expect(state.chapter).toBe('talks-resumed');
		expect(state.search).toContain('chapter=talks-resumed');
		// A drag that snaps to a mark of another chapter keeps the scale (and so the chapter)…
		state.gesture(true);
		state.goToMilestone('putin-shows-draft');
		state.gesture(false);
		expect(state.chapter).toBe('talks-resumed');
		// …and a milestone reached by a jump, a click or the URL brings its own.
		state.goToMilestone('istanbul-communique');
		expect(state.chapter).toBe('spring-2022');
		expect(state.search).not.toContain('chapter=');
	});
});
