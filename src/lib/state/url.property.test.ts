import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MILESTONES } from '../content/milestones';
import { isIsoDay } from '../dates';
import { parseEmbedOptions, appSearch, EMBED_CONTROLS } from '../embed/options';
import { DATA_FIRST, DATA_LAST } from '../frontlines/range';
import { startOf } from '../story/milestones';
import { THEMES } from '../theme';
import { TREATY_LAYER_IDS } from '../treaty/layers';
import { parseViewParams, VIEW_KEYS, viewSearch } from './url';
import { searchOnPage } from './page-search';

/**
 * The reliability probe's URL fuzzing, kept as a property: random query strings, mixing valid
 * and hostile values, through the parsers. Never a throw, always a valid state.
 */
const RUNS = 10_000;
const lookup = (id: string) => {
	const milestone = MILESTONES.find((m) => m.id === id);
	return milestone ? startOf(milestone) : null;
};

/** The atlas's own keys, the embed's, and keys no parser reads (or must never trust). */
const KEYS = [
	...VIEW_KEYS,
	'controls',
	'origin',
	'autoplay',
	'lang',
	'__proto__',
	'constructor',
	'fbclid'
];
const VALID = [
	'2022-03-29',
	'2022-02-24',
	'2026-08-21',
	'0000-01-01',
	'0099-12-31',
	'2021-12-31',
	'2040-01-01',
	'2022-02-30',
	'isw',
	'liveuamap',
	'present',
	'dark',
	'contrast',
	'light',
	'guarantors,crimea,forces',
	'communique',
	'draft-15-april',
	'30.5,50.45,6',
	',,',
	'0x10,0,0',
	'1',
	'none',
	'https://news.example',
	...MILESTONES.slice(0, 5).map((m) => m.id)
];
const HOSTILE = [
	'<script>alert(1)</script>',
	'"><img src=x onerror=alert(1)>',
	'javascript:alert(1)',
	'%',
	'%E0%A4%A',
	'%uD800',
	'\uD800',
	'__proto__',
	'constructor.prototype',
	'NaN',
	'Infinity',
	'-0'
];
const value = fc.oneof(
	fc.constantFrom(...VALID),
	fc.constantFrom(...HOSTILE),
	fc.string({ unit: 'binary', maxLength: 60 }),
	fc.string({ unit: 'grapheme', maxLength: 30 }),
	fc.array(fc.constantFrom(...VALID, ...HOSTILE, 'z'), { maxLength: 40 }).map((a) => a.join(',')),
	fc.integer({ min: 1, max: 5_000 }).map((n) => 'x'.repeat(n))
);
const encoded = value.chain((v) =>
	fc.constantFrom(v, encodeURIComponent(v.replace(/[\uD800-\uDFFF]/g, '?')))
);
const key = fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 8 }));
const query = fc
	.tuple(
		fc.constantFrom('?', '', '??'),
		fc.array(fc.tuple(key, encoded), { maxLength: 8 }),
		fc.constantFrom('&', ';', '&&')
	)
	.map(([start, pairs, sep]) => start + pairs.map(([k, v]) => `${k}=${v}`).join(sep));

function expectValidView(search: string) {
	const { view, notices, autoplay } = parseViewParams(search, lookup);
	expect(isIsoDay(view.date)).toBe(true);
	expect(view.date >= DATA_FIRST && view.date <= DATA_LAST).toBe(true);
	expect(['isw', 'liveuamap']).toContain(view.source);
	if (view.milestone !== null) expect(lookup(view.milestone)).toBe(view.date);
	if (view.camera) {
		const [lon, lat, zoom] = view.camera;
		expect([lon, lat, zoom].every(Number.isFinite)).toBe(true);
		expect(Math.abs(lon) <= 180 && Math.abs(lat) <= 85 && zoom >= 0 && zoom <= 9).toBe(true);
	}
	if (view.layers) {
		expect(new Set(view.layers).size).toBe(view.layers.length);
		expect(view.layers).toEqual(TREATY_LAYER_IDS.filter((id) => view.layers!.includes(id)));
	}
	if (view.document !== null) expect(view.layers).toContain('guarantors');
	expect([null, 'present']).toContain(view.mode);
	expect([null, ...THEMES.filter((t) => t !== 'light')]).toContain(view.theme);
	expect(typeof autoplay).toBe('boolean');
	for (const notice of notices) {
		expect(typeof notice).toBe('string');
		expect(notice.length).toBeLessThan(600);
	}
	return view;
}

describe('the URL parser under random and hostile query strings', () => {
	it('never throws and always gives a valid view, which writes and reads back the same', () => {
		fc.assert(
			fc.property(query, (search) => {
				const view = expectValidView(search);
				const written = viewSearch(view, search);
				const again = parseViewParams(written, lookup);
				expect(again.notices).toEqual([]);
				expect(viewSearch(again.view, written)).toBe(written);
				expect(({} as Record<string, unknown>).polluted).toBeUndefined();
				expect(Object.getPrototypeOf({})).toBe(Object.prototype);
			}),
			{ numRuns: RUNS }
		);
	}, 60_000);

	it('opens a milestone page at its milestone unless the query names another or a valid day', () => {
		fc.assert(
			fc.property(query, fc.constantFrom(...MILESTONES.map((m) => m.id)), (search, page) => {
				const view = expectValidView(searchOnPage(search, page));
				const params = new URLSearchParams(search);
				const date = params.get('date');
				if (!params.has('milestone') && (date === null || !isIsoDay(date)))
					expect(view).toMatchObject({ milestone: page, date: lookup(page) });
			}),
			{ numRuns: RUNS }
		);
	}, 60_000);

	it('reads the embed’s own options without a throw, and hands the rest to the atlas', () => {
		fc.assert(
			fc.property(query, (search) => {
				const { options, notices } = parseEmbedOptions(search);
				expect(options.controls.every((c) => EMBED_CONTROLS.includes(c))).toBe(true);
				expect(THEMES).toContain(options.theme);
				for (const notice of notices) expect(notice.length).toBeLessThan(600);
				const rest = new URLSearchParams(appSearch(search));
				for (const own of ['controls', 'theme', 'lang', 'autoplay', 'origin'])
					expect(rest.has(own)).toBe(false);
				expectValidView(appSearch(search));
			}),
			{ numRuns: RUNS }
		);
	}, 60_000);
});
