import { describe, expect, it, vi } from 'vitest';
import { inUkrainian } from '../i18n/in-ukrainian';
import type { ResolvedView } from './catalog';
import { legendNotes, mapKeys } from './legend';
import type { FrontlineIndexSource } from './types';

const liveuamap: FrontlineIndexSource = {
	id: 'liveuamap',
	label: 'liveuamap/NZZ',
	attribution: 'a',
	layers: ['control'],
	first: '2022-02-24',
	last: '2026-03-01',
	dates: ['2022-02-24', '2024-03-13'],
	areaKm2: [1, 2],
	chunks: [],
	gaps: []
};
const shown: ResolvedView = { source: liveuamap, asOf: '2024-03-13', substitutedFor: null };

describe('the legend in the page’s language', () => {
	it('keys the map in English as it always has', () => {
		expect(mapKeys(['control']).map((key) => key.label)).toEqual([
			'Russian-controlled',
			'Occupied before 24 Feb 2022',
			'Front line'
		]);
	});

	it('keys the map in English without making an Intl formatter (one costs the page’s load)', () => {
		const made = vi.spyOn(Intl, 'DateTimeFormat');
		try {
			expect(mapKeys(['control', 'advance'])).toHaveLength(5);
			expect(made).not.toHaveBeenCalled();
		} finally {
			made.mockRestore();
		}
	});

	it('keys the map in Ukrainian on a Ukrainian page, the date in Ukrainian', () => {
		const keys = inUkrainian(() => mapKeys(['control', 'advance'], 'Пунктир'));
		expect(keys.map((key) => key.label)).toEqual([
			'Під контролем Росії (за оцінкою)',
			'Просування російських військ, не закріплене',
			'Українські контрнаступи (за заявами)',
			'Окуповано до 24 лют. 2022 р.',
			'Лінія фронту',
			'Пунктир'
		]);
	});

	it('writes its notes in Ukrainian on a Ukrainian page', () => {
		const notes = inUkrainian(() => legendNotes(shown, '2024-03-20', 'liveuamap'));
		expect(notes).toHaveLength(2);
		expect(notes[0]).toMatch(
			/^Немає оновлення liveuamap\/NZZ за цей день: показано карту станом на /
		);
		expect(notes[1]).toMatch(/^З .+ це джерело більше не охоплює частин Донецької та Луганської /);
	});
});
