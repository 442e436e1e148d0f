import { describe, expect, it } from 'vitest';
import { MILESTONES } from '../content/milestones';
import { AppState } from '../state/app-state.svelte';
import { inUkrainian } from '../i18n/in-ukrainian';
import { jumpTarget, KIND_LABELS, milestoneAt, startOf } from './milestones';

describe('milestone navigation', () => {
	it('visits every milestone in date order with next, and back with previous', () => {
		const visited: string[] = [];
		let day = '2022-02-23';
		let current: string | null = null;
		for (;;) {
			const next = jumpTarget(MILESTONES, day, current, 1);
			if (!next) break;
			visited.push(next.id);
			[day, current] = [startOf(next), next.id];
		}
		expect(visited).toEqual(MILESTONES.map((m) => m.id));
		const back = jumpTarget(MILESTONES, day, current, -1);
		expect(back?.id).toBe(MILESTONES[MILESTONES.length - 2].id);
	});

	it('knows which milestone the story is at on a day, talks before fighting', () => {
		expect(milestoneAt(MILESTONES, '2022-03-29')?.id).toBe('istanbul-communique');
		expect(milestoneAt(MILESTONES, '2022-04-01')?.id).toBe('medinsky-johnson');
		expect(milestoneAt(MILESTONES, '2022-02-26')?.id).toBe('invasion');
		expect(milestoneAt(MILESTONES, '2022-02-23')).toBeNull();
	});

	it('in the app state: jumps set the date and the milestone; scrubbing off clears it', () => {
		const state = new AppState(() => {}, MILESTONES);
		state.start('?milestone=round-1-liaskavichy');
		expect([state.date, state.milestone]).toEqual(['2022-02-28', 'round-1-liaskavichy']);
		state.jump(1);
		expect(state.milestone).toBe(MILESTONES[2].id);
		state.stepDays(-1);
		expect([state.date, state.milestone]).toEqual(['2022-03-01', null]);
		state.setDate('2022-03-29');
		expect(state.milestone).toBe('istanbul-communique');
	});
});

describe('history', () => {
	it('pushes an entry for a milestone, replaces while scrubbing, and restores without writing', () => {
		const writes: [string, boolean][] = [];
		const state = new AppState((search, push) => writes.push([search, push]), MILESTONES);
		state.start('?date=2022-03-01');
		state.goToMilestone('istanbul-communique');
		expect(writes.at(-1)).toEqual(['?milestone=istanbul-communique&date=2022-03-29', true]);
		state.stepDays(2);
		state.flush();
		expect(writes.at(-1)).toEqual(['?date=2022-03-31', false]);
		const count = writes.length;
		state.restore('?milestone=round-1-liaskavichy');
		expect([state.date, state.milestone, writes.length]).toEqual([
			'2022-02-28',
			'round-1-liaskavichy',
			count
		]);
	});
});

describe('KIND_LABELS', () => {
	it('name a kind in the page’s language, read when shown', () => {
		expect(KIND_LABELS['in-person-round']).toBe('Round of talks, in person');
		expect(inUkrainian(() => KIND_LABELS['in-person-round'])).toBe('Очний раунд переговорів');
		expect(inUkrainian(() => ({ ...KIND_LABELS }))).toMatchObject({
			military: 'Воєнні події',
			'later-account': 'Пізніше свідчення'
		});
	});
});
