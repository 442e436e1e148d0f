import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_DATA, contentFor } from '../content/data/index';
import { setContent } from '../content/load';
import { MILESTONES } from '../content/milestones';
import { setDateLocale } from '../dates';
import { getLocale, overwriteGetLocale } from '../paraglide/runtime';
import { CHAPTER_IDS, chapterMilestones } from '../story/chapters';
import { HandoutMaps } from './build-map';

/** Reads the site's own data files from static/, as the build's fetch does. */
const fromStatic = (async (url: string) => {
	try {
		return new Response(readFileSync(`static${url}`));
	} catch {
		return new Response('not found', { status: 404 });
	}
}) as unknown as typeof fetch;

const KB = 1024;

describe('the handout maps, built from the real data', async () => {
	const maps = new HandoutMaps();
	const built = new Map<string, string>();
	for (const section of maps.sections) {
		built.set(section.milestone.id, (await maps.svg(section.milestone.id, fromStatic)) ?? '');
	}

	it('are small enough to load on a school network (byte budget, per chapter’s handout)', () => {
		const sizes = [...built.values()].map((svg) => Buffer.byteLength(svg));
		expect(Math.max(...sizes)).toBeLessThan(130 * KB);
		for (const chapter of CHAPTER_IDS) {
			const ids = new Set(chapterMilestones(MILESTONES, chapter).map((m) => m.id));
			const total = [...built]
				.filter(([id]) => ids.has(id))
				.reduce((sum, [, svg]) => sum + Buffer.byteLength(svg), 0);
			expect(total, chapter).toBeLessThan(2.5 * 1024 * KB);
		}
	});

	it('each carry the front line of the day, the accessible name and the credit', () => {
		for (const section of maps.sections) {
			const svg = built.get(section.milestone.id) ?? '';
			expect(svg, section.milestone.id).toContain(`<title>${section.mapAlt}</title>`);
			expect(svg, section.milestone.id).toContain('<use href="#line"');
			expect(svg, section.milestone.id).toMatch(/Front line: (ISW\/CTP|liveuamap\/NZZ)/);
		}
	});

	it('mark the venue of a meeting, and frame far venues with Ukraine', () => {
		expect(built.get('istanbul-communique')).toMatch(/font-weight="700"[^>]*>Istanbul<\/text>/);
		expect(built.get('kuleba-lavrov-antalya')).toMatch(/font-weight="700"[^>]*>Belek<\/text>/);
		expect(built.get('kuleba-lavrov-antalya')).toContain('>UKRAINE</text>');
		expect(built.get('draft-15-april')).not.toContain('font-weight="700"');
	});

	it('use ISW/CTP for 2022 and liveuamap/NZZ for the later accounts', () => {
		expect(built.get('talks-suspended')).toContain('Front line: ISW/CTP');
		expect(built.get('foreign-affairs-article')).toContain('Front line: liveuamap/NZZ');
	});

	it('have none for a milestone outside the talks', async () => {
		expect(await maps.svg('invasion', fromStatic)).toBeNull();
		expect(await maps.svg('no-such-milestone', fromStatic)).toBeNull();
	});

	it('fail with the file named when a data file is missing', async () => {
		const missing = (async () => new Response('', { status: 404 })) as unknown as typeof fetch;
		await expect(new HandoutMaps().svg('istanbul-communique', missing)).rejects.toThrow(
			/basemap\.topo\.json: HTTP 404|index\.json: HTTP 404/
		);
	});
});

describe('a handout map of the Ukrainian edition', () => {
	it('is drawn in Ukrainian by the same instance that drew the English', async () => {
		const maps = new HandoutMaps();
		const english = (await maps.svg('istanbul-communique', fromStatic)) ?? '';
		const restore = getLocale;
		overwriteGetLocale(() => 'uk');
		setDateLocale('uk');
		setContent(contentFor('uk'));
		try {
			const svg = (await maps.svg('istanbul-communique', fromStatic)) ?? '';
			expect(svg).toContain('<title>Карта України станом на 29 березня 2022: лінія фронту та ');
			expect(svg).toContain(
				'>Лінія фронту: ISW/CTP · Картографічна основа: Natural Earth · Атлас переговорів</text>'
			);
			expect(svg).toMatch(/>\d+ км \(на \d+° пн\. ш\.\)<\/text>/);
			expect(svg).not.toContain('Front line');
		} finally {
			overwriteGetLocale(restore);
			setDateLocale('en');
			setContent(CONTENT_DATA);
		}
		expect(english).toContain('<title>Map of Ukraine on 29 March 2022: the front line and ');
		expect(english).toMatch(/>\d+ km \(at \d+° N\)<\/text>/);
	});
});
