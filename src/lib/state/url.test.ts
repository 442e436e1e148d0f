import { describe, expect, it, vi } from 'vitest';
import { AppState } from './app-state.svelte';
import { compareDay, parseViewParams, viewSearch } from './url';
import { DATA_FIRST } from '../frontlines/range';
import { formatDay } from '../dates';
import { searchOnPage } from './page-search';
import { MILESTONES } from '../content/milestones';

const parse = (search: string) => parseViewParams(search);

describe('parseViewParams', () => {
	it('reads a valid view', () => {
		expect(parse('?date=2022-03-29&source=liveuamap')).toEqual({
			view: {
				date: '2022-03-29',
				source: 'liveuamap',
				milestone: null,
				camera: null,
				layers: null,
				document: null,
				mode: null,
				theme: null,
				chapter: null,
				compare: null,
				swipe: null
			},
			notices: [],
			autoplay: false
		});
		expect(parse('?play=1').autoplay).toBe(true);
		expect(viewSearch(parse('?play=1').view, 'play=1')).toBe('?date=2022-02-24');
	});

	it.each([
		['?date=tomorrow', '2022-02-24', 'is not a date like'],
		['?date=2022-13-01', '2022-02-24', 'is not a date like'],
		['?date=2021-01-01', '2022-02-24', 'before the data begins'],
		['?date=2040-01-01', '2026-08-21', 'after the latest data']
	])('falls back from %s to %s and says why', (search, date, notice) => {
		const { view, notices } = parse(search);
		expect(view.date).toBe(date);
		expect(notices.join(' ')).toContain(notice);
	});

	it('ignores an unknown source with a notice, and cuts long reflected text short', () => {
		const { view, notices } = parse(`?source=${'x'.repeat(500)}`);
		expect(view.source).toBe('isw');
		expect(notices[0].length).toBeLessThan(120);
	});
});

describe('milestones in the URL', () => {
	const lookup = (id: string) => (id === 'istanbul-communique' ? '2022-03-29' : null);

	it('opens a milestone at its start, over any date given', () => {
		expect(parseViewParams('?milestone=istanbul-communique&date=2022-05-01', lookup).view).toEqual({
			date: '2022-03-29',
			source: 'isw',
			milestone: 'istanbul-communique',
			camera: null,
			layers: null,
			document: null,
			mode: null,
			theme: null,
			chapter: null,
			compare: null,
			swipe: null
		});
	});

	it('falls back from an unknown milestone with a notice', () => {
		const { view, notices } = parseViewParams('?milestone=istanbul-2023', lookup);
		expect(view.milestone).toBeNull();
		expect(notices[0]).toContain('There is no milestone “istanbul-2023”');
	});

	it('writes the milestone with its date', () => {
		expect(
			viewSearch({ date: '2022-03-29', source: 'isw', milestone: 'istanbul-communique' })
		).toBe('?milestone=istanbul-communique&date=2022-03-29');
	});
});

describe('a comparison in the URL', () => {
	const lookup = (id: string) => (id === 'istanbul-communique' ? '2022-03-29' : null);

	it('reads a day or a milestone, and writes it back as given', () => {
		const day = parseViewParams('?date=2022-04-15&compare=2022-03-29', lookup);
		expect(day.view.compare).toBe('2022-03-29');
		expect(day.notices).toEqual([]);
		const milestone = parseViewParams('?date=2025-05-16&compare=istanbul-communique', lookup);
		expect(milestone.view.compare).toBe('istanbul-communique');
		expect(compareDay(milestone.view.compare ?? null, lookup)).toBe('2022-03-29');
		expect(viewSearch(milestone.view)).toBe('?date=2025-05-16&compare=istanbul-communique');
	});

	it('moves a day outside the data to its edge, and says so', () => {
		const { view, notices } = parseViewParams('?compare=2019-01-01', lookup);
		expect(view.compare).toBe(DATA_FIRST);
		expect(notices).toEqual([
			`1 January 2019 is before the data begins; comparing with ${formatDay(DATA_FIRST)}.`
		]);
	});

	it('refuses anything else, says why, and keeps the rest of the view', () => {
		for (const bad of ['soon', '2022-02-30', '<b>x</b>', '', 'istanbul-2023']) {
			const { view, notices } = parseViewParams(
				`?date=2022-04-15&compare=${encodeURIComponent(bad)}`,
				lookup
			);
			expect(view.compare, bad).toBeNull();
			expect(view.date).toBe('2022-04-15');
			expect(notices.join(' '), bad).toContain('so there is no comparison');
		}
		expect(compareDay(null, lookup)).toBeNull();
	});

	it('reads swipe=1 only with a comparison, and writes it back with it', () => {
		const on = parseViewParams('?date=2022-04-15&compare=2022-03-29&swipe=1', lookup);
		expect([on.view.swipe, on.notices]).toEqual([true, []]);
		expect(viewSearch(on.view)).toBe('?date=2022-04-15&compare=2022-03-29&swipe=1');
		const alone = parseViewParams('?date=2022-04-15&swipe=1', lookup);
		expect(alone.view.swipe).toBeNull();
		expect(alone.notices).toEqual([
			'swipe=1 shows a comparison side by side; without compare= it is not used.'
		]);
		const odd = parseViewParams('?compare=2022-03-29&swipe=left', lookup);
		expect(odd.view.swipe).toBeNull();
		expect(odd.notices[0]).toContain('is not a swipe setting');
		const state = new AppState(() => {}, MILESTONES);
		state.start('?date=2022-04-15&compare=2022-03-29&swipe=1');
		expect(state.swipe).toBe(true);
		state.setCompare(null);
		expect(state.swipe).toBe(false);
		state.setSwipe(true);
		expect(state.swipe).toBe(false);
	});

	it('leaves no comparison out of the URL', () => {
		expect(viewSearch({ date: '2022-04-15', source: 'isw', milestone: null, compare: null })).toBe(
			'?date=2022-04-15'
		);
	});
});

describe('the camera in the URL', () => {
	it('reads and writes lon,lat,zoom, and rejects a position out of reach', () => {
		expect(parse('?camera=30.5,50.45,6').view.camera).toEqual([30.5, 50.45, 6]);
		expect(viewSearch({ ...parse('').view, camera: [30.5234, 50.4501, 6.25] })).toBe(
			'?date=2022-02-24&camera=30.523%2C50.450%2C6.25'
		);
		expect(parse('?camera=-100,40,1.5').view.camera).toEqual([-100, 40, 1.5]);
		const { view, notices } = parse('?camera=200,0,40');
		expect(view.camera).toBeNull();
		expect(notices[0]).toContain('is not a map position');
	});
});

describe('present mode in the URL', () => {
	it('reads and writes mode=present; any other mode opens the atlas with a notice', () => {
		expect(parse('?mode=present').view.mode).toBe('present');
		expect(viewSearch({ ...parse('').view, mode: 'present' })).toBe(
			'?date=2022-02-24&mode=present'
		);
		const { view, notices } = parse('?mode=<kiosk>');
		expect(view.mode).toBeNull();
		expect(notices[0]).toContain('is not a mode; showing the atlas');
	});
});

describe('treaty layers in the URL', () => {
	it('reads the known layers in menu order and the document', () => {
		const { view, notices } = parse('?layers=forces,guarantors&treaty=draft-15-april');
		expect(view.layers).toEqual(['guarantors', 'forces']);
		expect(view.document).toBe('draft-15-april');
		expect(notices).toEqual([]);
	});

	it('ignores an unknown layer with a notice and keeps the others', () => {
		const { view, notices } = parse('?layers=guarantors,nato-bases,crimea');
		expect(view.layers).toEqual(['guarantors', 'crimea']);
		expect(notices).toHaveLength(1);
		expect(notices[0]).toContain('“nato-bases” is not a map layer here, so ignored');
	});

	it('falls back from an unknown document with a notice', () => {
		const { view, notices } = parse('?layers=guarantors&treaty=minsk-2');
		expect(view.document).toBeNull();
		expect(notices[0]).toContain('“minsk-2” is not a treaty document here');
	});

	it('says "no layers" explicitly with an empty list', () => {
		expect(parse('?layers=').view.layers).toEqual([]);
		expect(viewSearch({ ...parse('').view, layers: [] })).toBe('?date=2022-02-24&layers=');
	});

	it('round-trips layers and document', () => {
		const search = viewSearch({
			...parse('').view,
			layers: ['guarantors', 'crimea'],
			document: 'draft-15-april'
		});
		expect(search).toBe('?date=2022-02-24&layers=guarantors%2Ccrimea&treaty=draft-15-april');
		expect(parse(search).view).toMatchObject({
			layers: ['guarantors', 'crimea'],
			document: 'draft-15-april'
		});
	});
});

describe('viewSearch', () => {
	it('round-trips through parseViewParams and keeps unrelated parameters', () => {
		const search = viewSearch(
			{ date: '2022-04-05', source: 'liveuamap', milestone: null },
			'embed=1'
		);
		expect(search).toBe('?embed=1&date=2022-04-05&source=liveuamap');
		expect(parse(search).view).toEqual({
			date: '2022-04-05',
			source: 'liveuamap',
			milestone: null,
			camera: null,
			layers: null,
			document: null,
			mode: null,
			theme: null,
			chapter: null,
			compare: null,
			swipe: null
		});
	});

	it('names the chapter only when it is not the date’s own', () => {
		expect(
			viewSearch({ date: '2025-05-16', source: 'isw', milestone: null, chapter: 'talks-resumed' })
		).toBe('?date=2025-05-16');
		const search = viewSearch({
			date: '2024-12-30',
			source: 'isw',
			milestone: null,
			chapter: 'talks-resumed'
		});
		expect(search).toBe('?date=2024-12-30&chapter=talks-resumed');
		expect(parse(search).view.chapter).toBe('talks-resumed');
		expect(parse('?chapter=%3Cb%3E').notices[0]).toContain('is not a chapter here');
	});

	it('leaves the default source out', () => {
		expect(viewSearch({ date: '2022-04-05', source: 'isw', milestone: null })).toBe(
			'?date=2022-04-05'
		);
	});
});

describe('AppState', () => {
	it('is the URL writer: it rewrites an invalid URL, then follows the date', () => {
		vi.useFakeTimers();
		const writes: string[] = [];
		const state = new AppState((search) => writes.push(search));
		state.start('?date=1999-01-01&keep=1');
		expect(state.date).toBe('2022-02-24');
		expect(writes).toEqual(['?keep=1&date=2022-02-24']);
		vi.advanceTimersByTime(1000);
		state.stepDays(3);
		state.setSource('liveuamap');
		state.flush();
		expect(writes.at(-1)).toBe('?keep=1&date=2022-02-27&source=liveuamap');
		state.setDate('2099-01-01');
		expect(state.date).toBe('2026-08-21');
		vi.useRealTimers();
	});

	it('keeps a comparison in the URL, refuses a bad one with the URL’s notice, and drops it', () => {
		const writes: string[] = [];
		const state = new AppState((search) => writes.push(search), MILESTONES);
		state.start('?date=2022-04-15&compare=istanbul-communique');
		expect(state.compare).toBe('istanbul-communique');
		state.setCompare('2022-03-01');
		state.flush();
		expect(writes.at(-1)).toBe('?date=2022-04-15&compare=2022-03-01');
		state.setCompare('next tuesday');
		expect(state.compare).toBeNull();
		expect(state.notices.at(-1)).toContain('so there is no comparison');
		state.flush();
		expect(writes.at(-1)).toBe('?date=2022-04-15');
	});

	it('writes nothing before it has read the URL', () => {
		const writes: string[] = [];
		const state = new AppState((search) => writes.push(search));
		state.setDate('2022-03-01');
		expect(writes).toEqual([]);
	});

	describe('treaty layers follow the story', () => {
		const open = (search: string) => {
			const writes: string[] = [];
			const state = new AppState((s) => writes.push(s), MILESTONES);
			state.start(search);
			return { state, writes };
		};

		it('a document milestone opens its layers without spelling them out in the URL', () => {
			const { state, writes } = open('?milestone=draft-15-april');
			expect(state.treaty).toEqual({
				layers: ['guarantors', 'forces'],
				document: 'draft-15-april'
			});
			state.jump(1);
			expect(state.treaty.layers).toEqual([]);
			state.jump(-1);
			expect(state.treaty.layers).toEqual(['guarantors', 'forces']);
			expect(writes.at(-1)).toBe('?milestone=draft-15-april&date=2022-04-15');
		});

		it('the reader’s own layers stay, and the URL says so', () => {
			const { state, writes } = open('?date=2022-05-01');
			state.setLayer('crimea', true);
			state.setLayer('guarantors', true);
			state.flush();
			expect(state.treaty).toEqual({
				layers: ['guarantors', 'crimea'],
				document: 'draft-15-april'
			});
			expect(writes.at(-1)).toBe(
				'?date=2022-05-01&layers=guarantors%2Ccrimea&treaty=draft-15-april'
			);
			state.stepDays(1);
			expect(state.treaty.layers).toEqual(['guarantors', 'crimea']);
		});

		it('a copied URL brings the layers back; a bad layer name is dropped with a notice', () => {
			const { state, writes } = open('?date=2022-05-01&layers=crimea,missiles&treaty=communique');
			expect(state.treaty.layers).toEqual(['crimea']);
			expect(state.notices.join(' ')).toContain('“missiles” is not a map layer');
			expect(writes).toEqual(['?date=2022-05-01&layers=crimea']);
		});
	});
});

describe('hostile and odd URLs (reliability probe, minor quirks)', () => {
	it.each([
		'?camera=,,',
		'?camera=%20,%20,%20',
		'?camera=0x10,0,0',
		'?camera=0b1,0o7,0x1',
		'?camera=1e1,0,0'
	])('%s is not a map position', (search) => {
		const { view, notices } = parse(search);
		expect(view.camera).toBeNull();
		expect(notices[0]).toContain('is not a map position');
	});

	it('reads plain decimals in the camera, signs and a leading point included', () => {
		expect(parse('?camera=-30.5,%2B50,.5').view.camera).toEqual([-30.5, 50, 0.5]);
	});

	it.each(['0000-01-01', '0099-12-31', '0100-03-01', '1900-02-28'])(
		'%s is a date before the data begins, not "not a date"',
		(date) => {
			const { view, notices } = parse(`?date=${date}`);
			expect(view.date).toBe('2022-02-24');
			expect(notices).toHaveLength(1);
			expect(notices[0]).toContain('before the data begins');
		}
	);

	it.each(['?treaty=draft-15-april', '?layers=crimea&treaty=draft-15-april'])(
		'says when treaty= is not used because the guarantor layer is not named (%s)',
		(search) => {
			const { view, notices } = parse(search);
			expect(view.document).toBeNull();
			expect(notices.join(' ')).toContain('without layers=guarantors it is not used');
			expect(parse(viewSearch(view)).view).toEqual(view);
		}
	);

	it('says when a milestone overrides the date the URL gave', () => {
		const lookup = (id: string) => (id === 'bucha' ? '2022-04-02' : null);
		const { view, notices } = parseViewParams('?milestone=bucha&date=2022-05-01', lookup);
		expect(view).toMatchObject({ milestone: 'bucha', date: '2022-04-02' });
		expect(notices).toEqual([
			'The milestone starts on 2 April 2022, so the date 1 May 2022 is not used.'
		]);
		// The milestone's own date is no conflict.
		expect(parseViewParams('?milestone=bucha&date=2022-04-02', lookup).notices).toEqual([]);
		// An unknown milestone's notice names the day that is shown.
		expect(parseViewParams('?milestone=nope&date=2022-05-01', lookup).notices).toEqual([
			'There is no milestone “nope”; showing 1 May 2022.'
		]);
	});

	it('takes the first of a repeated key, says so, and the rewritten URL has it once', () => {
		const { view, notices } = parse('?date=2022-03-01&date=2022-04-01&theme=dark&theme=x');
		expect(view.date).toBe('2022-03-01');
		expect(view.theme).toBe('dark');
		expect(notices).toEqual(['“date”, “theme” were given more than once; the first is used.']);
		const writes: string[] = [];
		new AppState((search) => writes.push(search)).start('?date=2022-03-01&date=2022-04-01');
		expect(writes).toEqual(['?date=2022-03-01']);
	});

	it('lists at most five unknown layer names and counts the rest', () => {
		const names = Array.from({ length: 3000 }, (_, i) => `z${i}`);
		const { notices } = parse(`?layers=${names.join(',')}`);
		expect(notices).toHaveLength(1);
		expect(notices[0]).toContain('“z0”, “z1”, “z2”, “z3”, “z4” and 2,995 more are not map layers');
		expect(notices[0].length).toBeLessThan(200);
	});
});

describe('a milestone page’s own milestone and its query (searchOnPage)', () => {
	const lookup = (id: string) =>
		({ bucha: '2022-04-02', 'istanbul-communique': '2022-03-29' })[id] ?? null;
	const open = (search: string, page: string) =>
		parseViewParams(searchOnPage(search, page), lookup);

	it.each(['', '?fbclid=abc', '?utm_source=x', '?theme=dark', '?source=liveuamap', '?play=0'])(
		'/milestone/bucha%s opens at Bucha',
		(search) => {
			const { view, notices } = open(search, 'bucha');
			expect(view).toMatchObject({ milestone: 'bucha', date: '2022-04-02' });
			expect(notices).toEqual([]);
		}
	);

	it('applies the other parameters with the page’s milestone', () => {
		expect(open('?theme=dark&source=liveuamap&mode=present', 'bucha').view).toMatchObject({
			milestone: 'bucha',
			date: '2022-04-02',
			theme: 'dark',
			source: 'liveuamap',
			mode: 'present'
		});
		expect(
			open('?layers=guarantors&treaty=draft-15-april', 'istanbul-communique').view
		).toMatchObject({
			milestone: 'istanbul-communique',
			layers: ['guarantors'],
			document: 'draft-15-april'
		});
	});

	it('keeps the tracking tags it does not read', () => {
		expect(searchOnPage('?fbclid=abc', 'bucha')).toBe('?fbclid=abc&milestone=bucha');
	});

	it('opens the page’s milestone, not 24 February, when the query names no real milestone', () => {
		const known = (id: string) => lookup(id) !== null;
		expect(searchOnPage('?milestone=nope&theme=dark', 'bucha', known)).toBe(
			'?milestone=bucha&theme=dark'
		);
		expect(searchOnPage('?milestone=istanbul-communique', 'bucha', known)).toBe(
			'?milestone=istanbul-communique'
		);
	});

	it('lets a valid date or a milestone in the query win, as the link means them', () => {
		expect(open('?date=2022-05-01', 'bucha').view).toMatchObject({
			milestone: null,
			date: '2022-05-01'
		});
		expect(open('?milestone=istanbul-communique', 'bucha').view.milestone).toBe(
			'istanbul-communique'
		);
		expect(searchOnPage('?date=2022-05-01', 'bucha')).toBe('?date=2022-05-01');
	});

	it('falls back from an invalid date to the page’s milestone, and says so', () => {
		const { view, notices } = open('?date=garbage', 'bucha');
		expect(view).toMatchObject({ milestone: 'bucha', date: '2022-04-02' });
		expect(notices).toEqual(['“garbage” is not a date like 2022-03-29; showing 2 April 2022.']);
	});

	it('changes nothing off a milestone page', () => {
		expect(searchOnPage('?fbclid=abc', null)).toBe('?fbclid=abc');
	});
});
