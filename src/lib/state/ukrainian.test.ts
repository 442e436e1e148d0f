import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getLocale, overwriteGetLocale } from '../paraglide/runtime';
import { setDateLocale } from '../dates';
import { compareKeys } from '../compare/compare-text';
import type { ComparePlan } from '../compare/compare-plan';
import { monthTicks, timeScale } from '../scrubber/scale';
import { parseThemeParam, themeLabel } from '../theme';
import { parseCompare, parseViewParams } from './url';

// The atlas's own words on a /uk/ page: the messages and the dates in Ukrainian, together.
const english = getLocale;
beforeEach(() => {
	overwriteGetLocale(() => 'uk');
	setDateLocale('uk');
});
afterEach(() => {
	overwriteGetLocale(english);
	setDateLocale('en');
});

describe('the atlas in Ukrainian', () => {
	it('says what it did with a bad URL in Ukrainian, with the dates in Ukrainian', () => {
		expect(parseViewParams('?date=2019-05-01').notices).toEqual([
			'1 травня 2019 — раніше за початок даних; показано 24 лютого 2022.'
		]);
		expect(parseViewParams('?mode=slides').notices).toEqual([
			'Режиму «slides» немає; показано атлас (спробуйте mode=present).'
		]);
		expect(parseCompare('nowhere', () => null).notice).toBe(
			'«nowhere» — не дата у форматі 2022-03-29 і не віха цього атласу, тому порівняння немає.'
		);
		expect(parseThemeParam('pink').notice).toBe('Теми «pink» немає; показано світлу.');
	});

	it('counts in Ukrainian plurals', () => {
		const [one] = parseViewParams('?layers=a').notices;
		expect(one).toMatch(/ — не шар цієї карти, тому його пропущено; шари такі: /);
		const [two] = parseViewParams('?layers=a,b').notices;
		expect(two).toMatch(/ — не шари цієї карти, тому їх пропущено; шари такі: /);
	});

	it('writes areas with the Ukrainian digit grouping and unit', () => {
		const plan = {
			source: { id: 'isw', label: 'ISW/CTP' },
			reference: { day: '2022-03-29', asOf: '2022-03-29', km2: 125_000 },
			current: { day: '2022-04-15', asOf: '2022-04-15', km2: 101_562 },
			otherThanShown: false,
			notes: []
		} as unknown as ComparePlan;
		const keys = compareKeys(plan, {
			areas: { type: 'FeatureCollection', features: [] },
			gainedKm2: 8888.4,
			lostKm2: 32324.6
		});
		expect(keys.line).toBe('Лінія фронту станом на 29 березня 2022 (ISW/CTP), пунктир');
		expect(keys.gained).toMatch(
			/^Під контролем Росії станом на 15 квітня 2022, але не на 29 березня 2022: 8\s888 км²$/
		);
	});

	it('names months and themes in Ukrainian', () => {
		const scale = timeScale('2022-02-24', '2022-05-31', 'war', {
			from: '2022-02-24',
			to: '2022-05-31',
			share: 0.78
		});
		const labels = monthTicks(scale, 900).flatMap((tick) => tick.label ?? []);
		expect(labels).toEqual(['бер.', 'квіт.', 'трав.']);
		expect(themeLabel('contrast')).toBe('Висококонтрастна');
	});
});
