import { describe, expect, it } from 'vitest';
import { MILESTONES, type Milestone } from './milestones';
import { formatProblems, milestoneProblems, sentenceCount } from './schema';
import { buildStory } from './story';
import { RUSSIAN_ADDITIONS, TREATY_DOCUMENTS_BY_ID } from './treaty';
import { WORKS_BY_ID } from './works';

const byId = new Map(MILESTONES.map((m) => [m.id, m]));
/** All the words a milestone shows: title, summary, versions and judgements. */
const shown = (m: Milestone) =>
	[
		m.title,
		m.summary,
		...(m.disagreements ?? []).flatMap((d) => [d.summary, ...d.versions.map((v) => v.says)]),
		...(m.judgements ?? []).map((j) => j.says)
	].join(' ');

describe('the milestones', () => {
	it('all validate (dates, venue ids, sources, precision) and are in date order', () => {
		expect(formatProblems('milestone', milestoneProblems(MILESTONES))).toBe('');
	});

	it('cover the talks the story rests on', () => {
		const ids = MILESTONES.map((m) => m.id);
		for (const id of [
			'invasion',
			'round-1-liaskavichy',
			'round-2-belovezhskaya',
			'bennett-putin',
			'round-3-belovezhskaya',
			'kuleba-lavrov-antalya',
			'video-round-guarantees',
			'istanbul-communique',
			'medinsky-johnson',
			'northern-withdrawal',
			'bucha',
			'zelensky-un',
			'johnson-kyiv',
			'draft-12-april',
			'draft-15-april',
			'blinken-austin-kyiv',
			'ukraine-hardens',
			'danilov',
			'talks-suspended',
			'bennett-interview',
			'arakhamia-interview',
			'chalyi-geneva',
			'lukashenko-putin-2024',
			'foreign-affairs-article'
		]) {
			expect(ids).toContain(id);
		}
		expect(MILESTONES.filter((m) => m.kind === 'military').length).toBeGreaterThanOrEqual(6);
	});

	it('show ranges where events unfolded over days', () => {
		expect(byId.get('northern-withdrawal')?.date).toBe('2022-03-29/2022-04-08');
		expect(byId.get('bucha')?.date).toBe('2022-04-02/2022-04-04');
		expect(byId.get('azovstal')?.date).toBe('2022-05-16/2022-05-20');
	});

	it('open a guarantor list only at that document’s own milestone (not 12 April’s)', () => {
		for (const milestone of MILESTONES.filter((m) => m.layers?.includes('guarantors'))) {
			expect(TREATY_DOCUMENTS_BY_ID.get(milestone.document!)?.milestone, milestone.id).toBe(
				milestone.id
			);
		}
		expect(byId.get('draft-12-april')?.layers).toBeUndefined();
	});

	it('never give Russia’s framing of the withdrawal without the sources’ “forced retreat”', () => {
		const framed = MILESTONES.filter((m) => /build (mutual )?trust/.test(shown(m)));
		expect(framed.map((m) => m.id)).toEqual(['istanbul-communique', 'northern-withdrawal']);
		for (const milestone of framed) expect(shown(milestone)).toContain('“a forced retreat”');
		expect(shown(byId.get('northern-withdrawal')!)).toContain('“the Russians were defeated”');
	});

	it('give the sources’ verdict on why the talks failed where the story tells it', () => {
		for (const id of ['talks-suspended', 'johnson-kyiv', 'arakhamia-interview']) {
			const judgements = byId.get(id)?.judgements ?? [];
			expect(judgements.length, id).toBeGreaterThan(0);
			// Labelled as someone's judgement, and in their own quoted words.
			for (const j of judgements) expect(j.says, id).toMatch(/“[^”]+”/);
		}
		const verdicts = MILESTONES.flatMap((m) => m.judgements ?? []).map((j) => j.says);
		for (const words of ['is baseless', 'aimed too high, too soon', 'did not prioritize']) {
			expect(verdicts.join(' ')).toContain(words);
		}
		expect(verdicts.join(' ')).toContain('certainly lukewarm');
	});

	it('give the “baseless” verdict once, with FA’s qualifier and counterweight, where it appears', () => {
		const baseless = MILESTONES.flatMap((m) => m.judgements ?? []).filter((j) =>
			j.says.includes('is baseless')
		);
		expect(baseless).toHaveLength(2);
		expect(baseless[1]).toBe(baseless[0]);
		expect(baseless[0].says).toContain('In his discussions with Western leaders');
		expect(baseless[0].says).toContain('“does seem to have dampened his interest in diplomacy”');
	});

	it('cite the front-line assessment for Kherson’s return, not only a March 2022 report', () => {
		const works = byId.get('kherson-falls')!.sources.map((s) => s.work);
		expect(works).toContain('isw-ctp-2022');
		expect(WORKS_BY_ID.get('isw-ctp-2022')?.publisher).toContain('Critical Threats Project');
	});

	it('answer the 2024 claim that Ukraine had agreed with the sources’ rebuttal', () => {
		const text = shown(byId.get('lukashenko-putin-2024')!);
		expect(text).toContain('“never arrived at a final compromise text”');
		expect(text).toContain('“a huge gap”');
	});

	it('name the articles Russia added at the 15 April draft, as the treaty panel does', () => {
		expect(byId.get('draft-15-april')!.summary).toContain(
			'“fascism, Nazism, neo-Nazism, and aggressive nationalism”'
		);
		expect(RUSSIAN_ADDITIONS.points.join(' ')).toContain('six Ukrainian laws, fully or in part');
		expect(byId.get('draft-15-april')!.summary).toContain('six Ukrainian laws, fully or in part');
		expect(new Set(RUSSIAN_ADDITIONS.sources.map((s) => s.work))).toEqual(
			new Set(['fa-2024', 'npr-onpoint-2024'])
		);
	});

	it('never cite only the derivative commentary (seed 002 is not a work here)', () => {
		expect([...WORKS_BY_ID.keys()].some((id) => /002|commentary|italian/i.test(id))).toBe(false);
	});
});

describe('milestone validation', () => {
	const valid = MILESTONES[1];
	const broken = (patch: Partial<Milestone>): Milestone => ({ ...valid, ...patch });

	it.each([
		[{ date: '2022-3-1' }, 'date'],
		[{ venues: ['lyakhavichy'] }, 'venues.0'],
		[{ sources: [] }, 'sources'],
		[{ precision: 'roughly' as never }, 'precision'],
		[{ kind: 'rumour' as never }, 'kind'],
		[{ summary: 'One sentence only.' }, 'summary'],
		[{ frame: 'venues' as const, venues: [] }, 'venues'],
		[
			{ disagreements: [{ id: 'D16' as const, summary: 'x'.repeat(12), versions: [] }] },
			'disagreements.0.id'
		],
		[
			{
				judgements: [
					{ by: 'Someone', says: 'A verdict without their words.', source: { work: 'fa-2024' } }
				] as never
			},
			'judgements.0.source.quote'
		]
	])('names the milestone and the field: %j', (patch: Partial<Milestone>, field) => {
		const problems = milestoneProblems([broken(patch)]);
		expect(problems.map((p) => p.field)).toContain(field);
		expect(formatProblems('milestone', problems)).toContain(
			`milestone "${valid.id}", field ${field}:`
		);
	});

	it('accepts an echo of an earlier milestone, and reports one of a later, unknown or own id', () => {
		const [first, second, third] = MILESTONES;
		const echo = (to: string) => ({
			...second,
			echoes: [{ to, says: 'It refers back to it.', source: { work: 'fa-2024' as const } }]
		});
		expect(milestoneProblems([first, echo(first.id), third])).toEqual([]);
		for (const to of [third.id, 'no-such-milestone', second.id]) {
			expect(milestoneProblems([first, echo(to), third]), to).toEqual([
				expect.objectContaining({ id: second.id, field: 'echoes.0.to' })
			]);
		}
	});

	it('reports a milestone out of date order', () => {
		expect(milestoneProblems([MILESTONES[2], MILESTONES[1]])[0]).toMatchObject({
			id: MILESTONES[1].id,
			field: 'date'
		});
	});

	it('counts sentences', () => {
		expect(sentenceCount('It began. Then “it” ended. Done!')).toBe(3);
		expect(sentenceCount('On 20 May Russia claims the city.')).toBe(1);
	});
});

describe('story.json', () => {
	it('carries milestones, venues and every work they cite', () => {
		const story = JSON.parse(JSON.stringify(buildStory()));
		expect(story.format).toBe('talks-atlas-story');
		const works = new Set(story.works.map((w: { id: string }) => w.id));
		const cited = [...story.milestones, ...story.venues].flatMap((item: Milestone) =>
			item.sources.map((s) => s.work)
		);
		expect(cited.every((id: string) => works.has(id))).toBe(true);
		expect(story.milestones).toHaveLength(MILESTONES.length);
	});

	it('carries the chapters, which between them list every milestone once', () => {
		const story = JSON.parse(JSON.stringify(buildStory()));
		expect(story.chapters.map((c: { id: string }) => c.id)).toEqual([
			'spring-2022',
			'looking-back',
			'talks-resumed'
		]);
		const listed = story.chapters.flatMap((c: { milestones: string[] }) => c.milestones);
		expect(listed).toEqual(MILESTONES.map((m) => m.id));
		expect(story.chapters[2].milestones).toContain('istanbul-2025-may');
	});

	it('carries the treaty content, every citation in it pointing at a listed work', () => {
		const story = JSON.parse(JSON.stringify(buildStory()));
		const works = new Set(story.works.map((w: { id: string }) => w.id));
		// Every { work } object anywhere under `treaty`.
		const cited: string[] = [];
		JSON.stringify(story.treaty, (key, value) => {
			if (key === 'work') cited.push(value);
			return value;
		});
		expect(cited.length).toBeGreaterThan(15);
		expect(cited.filter((id) => !works.has(id))).toEqual([]);
		expect(story.treaty.documents.map((d: { id: string }) => d.id)).toEqual([
			'communique',
			'draft-15-april'
		]);
		expect(story.treaty.forceCaps.caps[0]).toMatchObject({ ukraine: 250000, russia: 85000 });
		expect(story.treaty.russianAdditions.points).toEqual([...RUSSIAN_ADDITIONS.points]);
		const judged = story.milestones.filter((m: Milestone) => m.judgements?.length);
		expect(judged.length).toBe(MILESTONES.filter((m) => m.judgements?.length).length);
	});
});
