import { describe, expect, it } from 'vitest';
import { readWebm } from '../../../tests/e2e/webm';
import { WebmWriter } from './webm-writer';

const frame = (n: number, length = 10) => new Uint8Array(length).fill(n);

describe('WebmWriter', () => {
	it('writes a WebM with its track, every frame at its time, a duration and a cue per cluster', async () => {
		const writer = new WebmWriter({ width: 1280, height: 720, codecId: 'V_VP8', fps: 10 });
		for (let i = 0; i < 25; i++) writer.addFrame(frame(i), i * 100, 100, i % 10 === 0);
		const webm = readWebm(new Uint8Array(await writer.finish().arrayBuffer()));
		expect(webm.docType).toBe('webm');
		expect(webm.codecId).toBe('V_VP8');
		expect([webm.width, webm.height]).toEqual([1280, 720]);
		expect(webm.frames.map((f) => f.time)).toEqual(Array.from({ length: 25 }, (_, i) => i * 100));
		expect(webm.frames.filter((f) => f.key).map((f) => f.time)).toEqual([0, 1000, 2000]);
		expect(webm.duration).toBe(2500);
		expect(webm.cues).toBe(3);
		// The seek head names Info, Tracks and Cues; every position lands on what it names.
		expect(webm.seeks).toBe(3);
		expect(webm.positionsHold).toBe(true);
	});

	it('starts a new cluster before a block’s time would overflow, and counts its bytes', async () => {
		const writer = new WebmWriter({ width: 16, height: 16, codecId: 'V_VP9', fps: 1 });
		writer.addFrame(frame(1, 1000), 0, 1000, true);
		writer.addFrame(frame(2, 1000), 40_000, 1000, false);
		expect(writer.bytes).toBeGreaterThan(2000);
		const webm = readWebm(new Uint8Array(await writer.finish().arrayBuffer()));
		expect(webm.frames.map((f) => f.time)).toEqual([0, 40_000]);
		expect(webm.cues).toBe(2);
		expect(webm.positionsHold).toBe(true);
	});

	it('refuses a first frame that is not a key frame', () => {
		const writer = new WebmWriter({ width: 16, height: 16, codecId: 'V_VP8', fps: 1 });
		expect(() => writer.addFrame(frame(1), 0, 1000, false)).toThrow(/key frame/);
	});
});
