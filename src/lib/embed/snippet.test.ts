import { describe, expect, it } from 'vitest';
import { DEFAULT_EMBED } from './options';
import { embedUrl, iframeSnippet, nominalSize, SIZES } from './snippet';

describe('embedUrl', () => {
	it('carries the view and the options that differ from the defaults', () => {
		expect(
			embedUrl('https://atlas.example', '?milestone=draft-15-april&date=2022-04-15', {
				...DEFAULT_EMBED,
				theme: 'dark'
			})
		).toBe('https://atlas.example/embed?milestone=draft-15-april&date=2022-04-15&theme=dark');
		expect(embedUrl('https://atlas.example', '', DEFAULT_EMBED)).toBe(
			'https://atlas.example/embed'
		);
	});

	it('points at the Ukrainian edition for lang uk, without a lang parameter', () => {
		expect(
			embedUrl('https://atlas.example', '?date=2022-03-29', { ...DEFAULT_EMBED, lang: 'uk' })
		).toBe('https://atlas.example/uk/embed?date=2022-03-29');
		expect(embedUrl('https://atlas.example', '', { ...DEFAULT_EMBED, lang: 'uk' })).toBe(
			'https://atlas.example/uk/embed'
		);
	});
});

describe('iframeSnippet', () => {
	const src = 'https://atlas.example/embed?date=2022-03-29&layers=guarantors%2Ccrimea';

	it('is an iframe with a title, lazy loading and fullscreen', () => {
		const html = iframeSnippet(src, { kind: 'fixed', width: 640, height: 480 });
		expect(html).toMatch(
			/^<iframe src="https:\/\/atlas\.example\/embed\?date=2022-03-29&amp;layers=guarantors%2Ccrimea"/
		);
		expect(html).toContain('title="Talks Atlas: the 2022 Russia–Ukraine peace talks on a map"');
		expect(html).toContain('width="640" height="480"');
		expect(html).toContain('loading="lazy"');
		expect(html).toContain('allow="fullscreen"');
		expect(html.endsWith('></iframe>')).toBe(true);
	});

	it('wraps a responsive frame in an aspect-ratio box', () => {
		const html = iframeSnippet(src, { kind: 'responsive', ratio: '16:9' });
		expect(html).toMatch(
			/^<div style="position:relative;width:100%;aspect-ratio:16 \/ 9"><iframe /
		);
		expect(nominalSize({ kind: 'responsive', ratio: '16:9' })).toEqual({ width: 640, height: 360 });
	});

	it('titles the frame in the embed’s language', () => {
		const html = iframeSnippet(
			'https://atlas.example/uk/embed',
			{ kind: 'fixed', width: 640, height: 480 },
			'uk'
		);
		expect(html).toContain(
			'title="Атлас переговорів: російсько-українські мирні переговори 2022 року на карті"'
		);
	});

	it('escapes what it puts in attributes', () => {
		expect(
			iframeSnippet('https://a.example/embed?x="><script>', { kind: 'fixed', width: 1, height: 1 })
		).toContain('src="https://a.example/embed?x=&quot;&gt;&lt;script&gt;"');
	});
});

describe('SIZES', () => {
	it('labels each size when read', () => {
		expect(SIZES.map((s) => s.label)).toEqual([
			'Full width, 4:3',
			'Full width, 16:9',
			'640 × 480',
			'300 × 250 (sidebar)'
		]);
	});
});
