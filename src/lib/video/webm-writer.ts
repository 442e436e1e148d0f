/**
 * A WebM file from encoded video frames: one video track, clusters that start at key frames, a
 * duration, and cues found through a seek head, so that players know the length and can seek.
 * Enough of Matroska for what a browser's VideoEncoder gives, and nothing else.
 */

const ID = {
	EBML: [0x1a, 0x45, 0xdf, 0xa3],
	EBMLVersion: [0x42, 0x86],
	EBMLReadVersion: [0x42, 0xf7],
	EBMLMaxIDLength: [0x42, 0xf2],
	EBMLMaxSizeLength: [0x42, 0xf3],
	DocType: [0x42, 0x82],
	DocTypeVersion: [0x42, 0x87],
	DocTypeReadVersion: [0x42, 0x85],
	Segment: [0x18, 0x53, 0x80, 0x67],
	SeekHead: [0x11, 0x4d, 0x9b, 0x74],
	Seek: [0x4d, 0xbb],
	SeekID: [0x53, 0xab],
	SeekPosition: [0x53, 0xac],
	Info: [0x15, 0x49, 0xa9, 0x66],
	TimecodeScale: [0x2a, 0xd7, 0xb1],
	MuxingApp: [0x4d, 0x80],
	WritingApp: [0x57, 0x41],
	Duration: [0x44, 0x89],
	Tracks: [0x16, 0x54, 0xae, 0x6b],
	TrackEntry: [0xae],
	TrackNumber: [0xd7],
	TrackUID: [0x73, 0xc5],
	TrackType: [0x83],
	FlagLacing: [0x9c],
	CodecID: [0x86],
	DefaultDuration: [0x23, 0xe3, 0x83],
	Video: [0xe0],
	PixelWidth: [0xb0],
	PixelHeight: [0xba],
	Cluster: [0x1f, 0x43, 0xb6, 0x75],
	Timecode: [0xe7],
	SimpleBlock: [0xa3],
	Cues: [0x1c, 0x53, 0xbb, 0x6b],
	CuePoint: [0xbb],
	CueTime: [0xb3],
	CueTrackPositions: [0xb7],
	CueTrack: [0xf7],
	CueClusterPosition: [0xf1]
} as const;

type Part = Uint8Array;

/** An EBML size: the shortest variable-length integer that holds it. */
function size(n: number): Part {
	for (let length = 1; length <= 8; length++) {
		if (n < 2 ** (7 * length) - 1) {
			const out = new Uint8Array(length);
			let rest = n;
			for (let i = length - 1; i >= 0; i--) {
				out[i] = rest % 256;
				rest = Math.floor(rest / 256);
			}
			out[0] |= 0x80 >> (length - 1);
			return out;
		}
	}
	throw new Error('an element too large for WebM');
}

function uint(n: number): Part {
	const bytes: number[] = [];
	let rest = n;
	do {
		bytes.unshift(rest % 256);
		rest = Math.floor(rest / 256);
	} while (rest > 0);
	return new Uint8Array(bytes);
}

/** An unsigned integer in a fixed 8 bytes: a seek head's size is then known before its values. */
function uint64(n: number): Part {
	const out = new Uint8Array(8);
	new DataView(out.buffer).setBigUint64(0, BigInt(n));
	return out;
}

function float64(n: number): Part {
	const out = new Uint8Array(8);
	new DataView(out.buffer).setFloat64(0, n);
	return out;
}

const text = (s: string): Part => new TextEncoder().encode(s);

function concat(parts: Part[]): Part {
	const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
	let at = 0;
	for (const part of parts) {
		out.set(part, at);
		at += part.length;
	}
	return out;
}

function element(id: readonly number[], ...body: Part[]): Part {
	return concat(elementParts(id, body));
}

/** An element as its header and its body's parts, uncopied (for the clusters' frames). */
function elementParts(id: readonly number[], body: Part[]): Part[] {
	const length = body.reduce((sum, part) => sum + part.length, 0);
	return [new Uint8Array(id), size(length), ...body];
}

const lengthOf = (parts: Part[]) => parts.reduce((sum, part) => sum + part.length, 0);

export interface WebmTrack {
	width: number;
	height: number;
	/** Matroska's codec id: V_VP8 or V_VP9. */
	codecId: 'V_VP8' | 'V_VP9';
	fps: number;
}

/** Frames in, a WebM file out. Frames must come in time order, the first a key frame. */
export class WebmWriter {
	readonly #track: WebmTrack;
	readonly #clusters: { time: number; blocks: Part[] }[] = [];
	#end = 0;
	#bytes = 0;

	constructor(track: WebmTrack) {
		this.#track = track;
	}

	/** How large the file is so far (frames only). */
	get bytes(): number {
		return this.#bytes;
	}

	/** `time` and `duration` in milliseconds. */
	addFrame(data: Uint8Array, time: number, duration: number, key: boolean): void {
		const ms = Math.round(time);
		let cluster = this.#clusters.at(-1);
		if (!cluster && !key) throw new Error('a WebM must start with a key frame');
		// A block's time is 16 bits from its cluster's: a new cluster at each key frame, or sooner.
		if (!cluster || key || ms - cluster.time > 30_000) {
			cluster = { time: ms, blocks: [] };
			this.#clusters.push(cluster);
		}
		const header = new Uint8Array(4);
		header[0] = 0x81; // track 1
		new DataView(header.buffer).setInt16(1, ms - cluster.time);
		header[3] = key ? 0x80 : 0;
		const block = element(ID.SimpleBlock, header, data);
		cluster.blocks.push(block);
		this.#bytes += block.length;
		this.#end = Math.max(this.#end, time + duration);
	}

	/** The whole file. */
	finish(): Blob {
		const t = this.#track;
		const header = element(
			ID.EBML,
			element(ID.EBMLVersion, uint(1)),
			element(ID.EBMLReadVersion, uint(1)),
			element(ID.EBMLMaxIDLength, uint(4)),
			element(ID.EBMLMaxSizeLength, uint(8)),
			element(ID.DocType, text('webm')),
			element(ID.DocTypeVersion, uint(2)),
			element(ID.DocTypeReadVersion, uint(2))
		);
		const info = element(
			ID.Info,
			element(ID.TimecodeScale, uint(1_000_000)),
			element(ID.MuxingApp, text('Talks Atlas')),
			element(ID.WritingApp, text('Talks Atlas')),
			element(ID.Duration, float64(this.#end))
		);
		const tracks = element(
			ID.Tracks,
			element(
				ID.TrackEntry,
				element(ID.TrackNumber, uint(1)),
				element(ID.TrackUID, uint(1)),
				element(ID.TrackType, uint(1)),
				element(ID.FlagLacing, uint(0)),
				element(ID.CodecID, text(t.codecId)),
				element(ID.DefaultDuration, uint(Math.round(1e9 / t.fps))),
				element(
					ID.Video,
					element(ID.PixelWidth, uint(t.width)),
					element(ID.PixelHeight, uint(t.height))
				)
			)
		);
		// Positions (the seek head's, the cues') count from the start of the segment's data; the seek
		// head comes first, and its size does not depend on the positions it holds.
		const seekHead = (info: number, tracks: number, cues: number) =>
			element(
				ID.SeekHead,
				...[
					[ID.Info, info],
					[ID.Tracks, tracks],
					[ID.Cues, cues]
				].map(([id, at]) =>
					element(
						ID.Seek,
						element(ID.SeekID, new Uint8Array(id as readonly number[])),
						element(ID.SeekPosition, uint64(at as number))
					)
				)
			);
		const headLength = seekHead(0, 0, 0).length;
		const clusters: Part[][] = [];
		const cues: Part[] = [];
		let position = headLength + info.length + tracks.length;
		for (const cluster of this.#clusters) {
			const parts = elementParts(ID.Cluster, [
				element(ID.Timecode, uint(cluster.time)),
				...cluster.blocks
			]);
			cues.push(
				element(
					ID.CuePoint,
					element(ID.CueTime, uint(cluster.time)),
					element(
						ID.CueTrackPositions,
						element(ID.CueTrack, uint(1)),
						element(ID.CueClusterPosition, uint(position))
					)
				)
			);
			clusters.push(parts);
			position += lengthOf(parts);
		}
		const head = seekHead(headLength, headLength + info.length, position);
		// The frames are handed to the Blob as they are: no second copy of the video in memory.
		const body = [head, info, tracks, ...clusters.flat(), element(ID.Cues, ...cues)];
		const parts = [header, ...elementParts(ID.Segment, body)];
		return new Blob(parts as BlobPart[], { type: 'video/webm' });
	}
}
