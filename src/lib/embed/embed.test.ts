import { describe, expect, it, vi } from 'vitest';
import { runCommand, type EmbedTarget } from './commands';
import { parseMessage } from './messages';
import { oembedFor } from './oembed';
import {
	appSearch,
	editionHref,
	embedParams,
	isOrigin,
	parseEmbedOptions,
	DEFAULT_EMBED
} from './options';

describe('parseEmbedOptions', () => {
	it('reads controls, theme, autoplay and origins', () => {
		const { options, notices } = parseEmbedOptions(
			'?controls=scrubber,layers&theme=dark&autoplay=1&origin=https://news.example,http://localhost:8080'
		);
		expect(options).toEqual({
			controls: ['scrubber', 'layers'],
			theme: 'dark',
			lang: 'en',
			autoplay: true,
			origins: ['https://news.example', 'http://localhost:8080']
		});
		expect(notices).toEqual([]);
	});

	it('falls back from anything malformed, and says so', () => {
		const { options, notices } = parseEmbedOptions(
			'?controls=scrubber,<img src=x>&theme=neon&lang=fr&autoplay=maybe'
		);
		expect(options.controls).toEqual(['scrubber']);
		expect(options.theme).toBe('light');
		expect(options.lang).toBe('en');
		expect(options.autoplay).toBe(false);
		expect(notices).toHaveLength(3);
		expect(parseEmbedOptions('?controls=none').options.controls).toEqual([]);
	});

	it('accepts no commands when the origin list names no valid origin', () => {
		const { options, notices } = parseEmbedOptions('?origin=javascript:alert(1)');
		expect(options.origins).toEqual([]);
		expect(notices[0]).toContain('accepts no commands');
	});
});

describe('the embed’s language', () => {
	it('sends ?lang= to that language’s edition, keeping the other parameters', () => {
		const at = (href: string, current: 'en' | 'uk') =>
			editionHref(new URL(href, 'https://atlas.example'), current);
		expect(at('/embed?lang=uk&date=2022-03-29&theme=dark', 'en')).toBe(
			'/uk/embed?date=2022-03-29&theme=dark'
		);
		expect(at('/embed?date=2022-03-29&lang=uk-UA', 'en')).toBe('/uk/embed?date=2022-03-29');
		expect(at('/embed?lang=UK', 'en')).toBe('/uk/embed');
		expect(at('/uk/embed?lang=en&milestone=bucha', 'uk')).toBe('/embed?milestone=bucha');
		expect(at('/uk/embed?lang=uk', 'uk')).toBeNull();
		expect(at('/embed?lang=en', 'en')).toBeNull();
		expect(at('/embed?lang=xx', 'en')).toBeNull();
		expect(at('/embed', 'en')).toBeNull();
	});

	it('keeps the page’s language for an unknown one, and says so in it', () => {
		const english = parseEmbedOptions('?lang=fr');
		expect(english.options.lang).toBe('en');
		expect(english.notices).toEqual(['The atlas is not available in “fr” yet; showing English.']);
		expect(parseEmbedOptions('?lang=uk').notices).toEqual([]);
		expect(parseEmbedOptions('?lang=uk').options.lang).toBe('uk');
		expect(parseEmbedOptions('', 'uk').options.lang).toBe('uk');
	});
});

describe('oembedFor', () => {
	it('points the English response at the English edition', () => {
		const oembed = oembedFor('https://atlas.example', null, 'en');
		expect(oembed.provider_name).toBe('Talks Atlas');
		expect(oembed.provider_url).toBe('https://atlas.example/');
		expect(oembed.title).toBe('Talks Atlas: the 2022 Russia–Ukraine peace talks on a map');
		expect(oembed.html).toContain('src="https://atlas.example/embed?');
	});

	it('points the Ukrainian response at /uk/, with a Ukrainian title', () => {
		const oembed = oembedFor('https://atlas.example', 'istanbul-communique', 'uk');
		expect(oembed.provider_name).toBe('Атлас переговорів');
		expect(oembed.provider_url).toBe('https://atlas.example/uk');
		expect(oembed.title).toMatch(/ — Атлас переговорів$/);
		expect(oembed.html).toContain('src="https://atlas.example/uk/embed?');
		expect(oembed.html).toContain('milestone=istanbul-communique');
		expect(oembed.html).toContain('title="Атлас переговорів: ');
	});
});

describe('isOrigin', () => {
	it.each([
		['https://example.org', true],
		['http://127.0.0.1:4174', true],
		['https://example.org/', false],
		['https://example.org/page', false],
		['javascript:alert(1)', false],
		['*', false]
	])('%s → %s', (value, expected) => expect(isOrigin(value)).toBe(expected));
});

describe('embed URLs', () => {
	it('writes only the options that differ from the defaults', () => {
		expect(embedParams(DEFAULT_EMBED)).toEqual([]);
		expect(embedParams({ ...DEFAULT_EMBED, controls: [], theme: 'contrast' })).toEqual([
			['controls', 'none'],
			['theme', 'contrast']
		]);
	});

	it('strips the embed options for the full app', () => {
		expect(appSearch('?date=2022-03-29&theme=dark&controls=none&layers=crimea')).toBe(
			'?date=2022-03-29&layers=crimea'
		);
	});
});

describe('parseMessage', () => {
	it('ignores messages that are not addressed to the atlas', () => {
		for (const data of [null, 'setDate', 42, [], { type: 'other' }, { command: 'play' }]) {
			expect(parseMessage(data)).toEqual({ kind: 'ignore' });
		}
	});

	it('accepts each command of version 1', () => {
		const base = { type: 'talks-atlas', v: 1 };
		expect(parseMessage({ ...base, command: 'setDate', date: '2022-03-29', id: 7 })).toEqual({
			kind: 'command',
			command: { ...base, command: 'setDate', date: '2022-03-29', id: 7 }
		});
		for (const command of ['play', 'pause', 'getState'])
			expect(parseMessage({ ...base, command }).kind).toBe('command');
		expect(
			parseMessage({ ...base, command: 'goToMilestone', milestone: 'draft-15-april' }).kind
		).toBe('command');
	});

	it('rejects malformed ones with a reason of its own, never the message’s text', () => {
		const base = { type: 'talks-atlas', v: 1 };
		const cases = [
			{ ...base, command: 'setDate', date: '2022-02-30' },
			{ ...base, command: 'setDate', date: 20220329 },
			{ ...base, command: 'setDate', date: 'x'.repeat(1_000_000) },
			{ ...base, command: 'goToMilestone', milestone: '<script>alert(1)</script>' },
			{ ...base, command: 'setSource', source: 'rt' },
			{ ...base, command: 'setCompare', compare: '<img src=x>' },
			{ ...base, command: 'setCompare', compare: 20220329 },
			{ ...base, command: 'setCompare' },
			{ ...base, command: 'eval', code: 'alert(1)' },
			{ ...base, v: 2, command: 'play' },
			{ ...base, command: 'play', id: { toString: 'x' } }
		];
		for (const data of cases) {
			const parsed = parseMessage(data);
			expect(parsed.kind).toBe('invalid');
			if (parsed.kind === 'invalid') {
				expect(parsed.reason).not.toMatch(/<|script|alert|xxxx/);
				expect(parsed.reason.length).toBeLessThan(120);
			}
		}
	});

	it('echoes a valid id with an error', () => {
		expect(parseMessage({ type: 'talks-atlas', v: 1, command: 'nope', id: 'q1' })).toMatchObject({
			kind: 'invalid',
			id: 'q1'
		});
	});
});

describe('runCommand', () => {
	const target = (): EmbedTarget => ({
		state: () => ({
			date: '2022-03-29',
			milestone: null,
			source: 'isw',
			playing: false,
			layers: [],
			compare: null
		}),
		setDate: vi.fn(),
		goToMilestone: vi.fn((id: string) => id === 'draft-15-april'),
		setSource: vi.fn(),
		setCompare: vi.fn((compare: string | null) => compare !== 'yalta'),
		play: vi.fn(),
		pause: vi.fn()
	});
	const base = { type: 'talks-atlas' as const, v: 1 as const };

	it('answers getState with the state and the same id', () => {
		expect(runCommand({ ...base, command: 'getState', id: 'abc' }, target())).toMatchObject({
			event: 'state',
			id: 'abc',
			state: { date: '2022-03-29' }
		});
	});

	it('carries out a command and acknowledges it', () => {
		const t = target();
		expect(runCommand({ ...base, command: 'setDate', date: '2022-04-15' }, t)).toEqual({
			...base,
			event: 'ack',
			command: 'setDate'
		});
		expect(t.setDate).toHaveBeenCalledWith('2022-04-15');
		runCommand({ ...base, command: 'play' }, t);
		expect(t.play).toHaveBeenCalled();
	});

	it('sets or stops a comparison, and refuses an unknown milestone', () => {
		const t = target();
		for (const compare of ['2022-03-29', 'istanbul-communique', null]) {
			const parsed = parseMessage({ ...base, command: 'setCompare', compare });
			expect(parsed.kind, String(compare)).toBe('command');
			if (parsed.kind === 'command')
				expect(runCommand(parsed.command, t)).toMatchObject({
					event: 'ack',
					command: 'setCompare'
				});
		}
		expect(t.setCompare).toHaveBeenLastCalledWith(null);
		expect(
			runCommand({ ...base, command: 'setCompare', compare: 'yalta', id: 7 }, t)
		).toMatchObject({ event: 'error', id: 7 });
	});

	it('reports an unknown milestone as an error', () => {
		expect(
			runCommand({ ...base, command: 'goToMilestone', milestone: 'yalta', id: 3 }, target())
		).toMatchObject({
			event: 'error',
			id: 3
		});
	});
});
