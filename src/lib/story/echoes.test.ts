import { describe, expect, it } from 'vitest';
import type { Milestone } from '../content/schema';
import { echoesOf } from './echoes';

const milestone = (id: string, echoes?: Milestone['echoes']): Milestone => ({
	id,
	date: '2022-03-29',
	precision: 'day',
	kind: 'statement',
	title: id,
	summary: 'One. Two.',
	venues: [],
	frame: 'ukraine',
	sources: [{ work: 'fa-2024' }],
	echoes
});

describe('echoes', () => {
	const communique = milestone('communique');
	const draft = milestone('draft');
	const round = milestone('round-2025', [
		{ to: 'communique', says: 'Called a continuation.', source: { work: 'fa-2024' } },
		{ to: 'draft', says: 'Proposes the same caps.', source: { work: 'npr-onpoint-2024' } }
	]);
	const summit = milestone('summit', [
		{ to: 'communique', says: 'Guarantees again.', source: { work: 'fa-2024' } }
	]);
	const all = [communique, draft, round, summit];

	it('lists what a later milestone refers back to, with its source', () => {
		const { back, later } = echoesOf(round, all);
		expect(back.map((e) => [e.milestone.id, e.says, e.source.work])).toEqual([
			['communique', 'Called a continuation.', 'fa-2024'],
			['draft', 'Proposes the same caps.', 'npr-onpoint-2024']
		]);
		expect(later).toEqual([]);
	});

	it('lists, at the earlier milestone, every later one that takes it up, in order', () => {
		const { back, later } = echoesOf(communique, all);
		expect(back).toEqual([]);
		expect(later.map((e) => [e.milestone.id, e.says])).toEqual([
			['round-2025', 'Called a continuation.'],
			['summit', 'Guarantees again.']
		]);
	});

	it('skips an echo of a milestone that is not in the list', () => {
		expect(echoesOf(round, [draft, round]).back.map((e) => e.milestone.id)).toEqual(['draft']);
	});
});
