import { describe, expect, it } from 'vitest';
import { setDateLocale } from '../dates';
import { getLocale, overwriteGetLocale } from '../paraglide/runtime';
import type { ResolvedView } from '../frontlines/catalog';
import type { FrontlineIndexSource } from '../frontlines/types';
import { videoCaption } from './video-caption';

const isw = {
	id: 'isw',
	label: 'ISW/CTP',
	layers: ['control', 'advance', 'counteroffensive']
} as unknown as FrontlineIndexSource;
const view = (asOf: string | null): ResolvedView => ({ source: isw, asOf, substitutedFor: null });

describe('videoCaption', () => {
	it('names the day, whose map it is and, when the map is older, of which day', () => {
		const own = videoCaption({
			day: '2022-03-29',
			view: view('2022-03-29'),
			milestoneTitle: 'The Istanbul communiqué',
			reference: null,
			swipe: false
		});
		expect(own.title).toBe('The Istanbul communiqué');
		expect(own.date).toBe('29 March 2022 · front lines: ISW/CTP');
		expect(own.keys?.map((k) => k.swatch)).toEqual([
			'control',
			'advance',
			'counter',
			'occupied',
			'line'
		]);
		const older = videoCaption({
			day: '2022-03-30',
			view: view('2022-03-28'),
			milestoneTitle: null,
			reference: null,
			swipe: false
		});
		expect(older.title).toBe('Talks Atlas');
		expect(older.date).toBe('30 March 2022 · front lines: ISW/CTP, map of 28 March 2022');
	});

	it('keys a comparison’s dashed line, or says which side of the divider is which', () => {
		const overlaid = videoCaption({
			day: '2022-04-15',
			view: view('2022-04-15'),
			milestoneTitle: null,
			reference: { day: '2022-03-29', source: 'ISW/CTP' },
			swipe: false
		});
		expect(overlaid.keys?.at(-1)).toEqual({
			swatch: 'compare-line',
			label: 'Front line of 29 March 2022 (ISW/CTP), dashed'
		});
		expect(overlaid.note).toBeUndefined();
		const split = videoCaption({
			day: '2022-04-15',
			view: view('2022-04-15'),
			milestoneTitle: null,
			reference: { day: '2022-03-29', source: 'ISW/CTP' },
			swipe: true,
			divider: 0.4
		});
		expect(split.divider).toBe(0.4);
		expect(overlaid.divider).toBeUndefined();
		expect(split.keys?.some((k) => k.swatch === 'compare-line')).toBe(false);
		expect(split.note).toBe(
			'Left of the divider: 29 March 2022 (ISW/CTP); right of it: the day above'
		);
	});
});

describe('videoCaption in Ukrainian', () => {
	it('burns the date, the source and the comparison into the frame in Ukrainian', () => {
		const restore = getLocale;
		overwriteGetLocale(() => 'uk');
		setDateLocale('uk');
		try {
			const older = videoCaption({
				day: '2022-03-30',
				view: view('2022-03-28'),
				milestoneTitle: null,
				reference: { day: '2022-03-29', source: 'ISW/CTP' },
				swipe: false
			});
			expect(older.title).toBe('Атлас переговорів');
			expect(older.date).toBe(
				'30 березня 2022 · лінії фронту: ISW/CTP, карта станом на 28 березня 2022'
			);
			expect(older.keys?.at(-1)?.label).toBe(
				'Лінія фронту станом на 29 березня 2022 (ISW/CTP), пунктир'
			);
			const split = videoCaption({
				day: '2022-04-15',
				view: view(null),
				milestoneTitle: null,
				reference: { day: '2022-03-29', source: 'ISW/CTP' },
				swipe: true
			});
			expect(split.date).toBe('15 квітня 2022 · карти ISW/CTP ще немає');
			expect(split.note).toBe(
				'Ліворуч від роздільника: 29 березня 2022 (ISW/CTP); праворуч: день, указаний вище'
			);
		} finally {
			overwriteGetLocale(restore);
			setDateLocale('en');
		}
	});
});
