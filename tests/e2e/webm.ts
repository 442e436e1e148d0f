/** Just enough of a WebM (EBML) reader to check a recorded video: its type, size and frames. */
export interface WebmSummary {
	docType: string;
	codecId: string;
	/** Milliseconds, as the file states it (null: not stated). */
	duration: number | null;
	cues: number;
	/** Every cue's position lands on a Cluster, and every seek entry on the element it names. */
	positionsHold: boolean;
	seeks: number;
	width: number | null;
	height: number | null;
	/** Every video frame's block: its time in ms and whether it is a key frame. */
	frames: { time: number; key: boolean }[];
}

const MASTERS = new Set([
	0x1a45dfa3, // EBML
	0x18538067, // Segment
	0x1549a966, // Info
	0x1654ae6b, // Tracks
	0xae, // TrackEntry
	0xe0, // Video
	0x1f43b675, // Cluster
	0xa0, // BlockGroup
	0x1c53bb6b, // Cues
	0xbb, // CuePoint
	0xb7, // CueTrackPositions
	0x114d9b74, // SeekHead
	0x4dbb // Seek
]);

export function readWebm(bytes: Uint8Array): WebmSummary {
	const summary: WebmSummary = {
		docType: '',
		codecId: '',
		duration: null,
		cues: 0,
		positionsHold: true,
		seeks: 0,
		width: null,
		height: null,
		frames: []
	};
	let clusterTime = 0;
	let scale = 1_000_000;
	let segmentData = -1;
	const cuePositions: number[] = [];
	const seekTargets: { id: number; at: number }[] = [];
	let seekId = 0;

	const vint = (pos: number, keepMarker: boolean) => {
		const first = bytes[pos];
		let length = 1;
		while (length <= 8 && !(first & (0x80 >> (length - 1)))) length++;
		if (length > 8) throw new Error(`bad EBML number at ${pos}`);
		let value = keepMarker ? first : first & (0xff >> length);
		let allOnes = value === 0xff >> length;
		for (let i = 1; i < length; i++) {
			value = value * 256 + bytes[pos + i];
			if (bytes[pos + i] !== 0xff) allOnes = false;
		}
		return { value, length, unknown: !keepMarker && allOnes };
	};
	const uint = (start: number, size: number) => {
		let value = 0;
		for (let i = 0; i < size; i++) value = value * 256 + bytes[start + i];
		return value;
	};

	const walk = (start: number, end: number) => {
		let pos = start;
		while (pos < end) {
			const id = vint(pos, true);
			const size = vint(pos + id.length, false);
			const data = pos + id.length + size.length;
			const stop = size.unknown ? end : data + size.value;
			if (stop > end)
				throw new Error(`element ${id.value.toString(16)} at ${pos} overruns its parent`);
			if (id.value === 0x18538067) segmentData = data;
			if (id.value === 0xbb) summary.cues++;
			if (MASTERS.has(id.value)) {
				walk(data, stop);
			} else if (id.value === 0x4282) {
				summary.docType = new TextDecoder().decode(bytes.subarray(data, stop));
			} else if (id.value === 0x86) {
				summary.codecId = new TextDecoder().decode(bytes.subarray(data, stop));
			} else if (id.value === 0x4489) {
				const view = new DataView(bytes.buffer, bytes.byteOffset + data, stop - data);
				summary.duration = stop - data === 8 ? view.getFloat64(0) : view.getFloat32(0);
			} else if (id.value === 0xf1) {
				cuePositions.push(uint(data, stop - data));
			} else if (id.value === 0x53ab) {
				seekId = uint(data, stop - data);
			} else if (id.value === 0x53ac) {
				seekTargets.push({ id: seekId, at: uint(data, stop - data) });
			} else if (id.value === 0x2ad7b1) {
				scale = uint(data, stop - data);
			} else if (id.value === 0xb0) {
				summary.width = uint(data, stop - data);
			} else if (id.value === 0xba) {
				summary.height = uint(data, stop - data);
			} else if (id.value === 0xe7) {
				clusterTime = uint(data, stop - data);
			} else if (id.value === 0xa3 || id.value === 0xa1) {
				const track = vint(data, false);
				const relative = (bytes[data + track.length] << 8) | bytes[data + track.length + 1];
				const signed = relative >= 0x8000 ? relative - 0x10000 : relative;
				const flags = bytes[data + track.length + 2];
				summary.frames.push({
					time: ((clusterTime + signed) * scale) / 1_000_000,
					key: id.value === 0xa3 ? (flags & 0x80) !== 0 : false
				});
			}
			pos = stop;
		}
	};
	walk(0, bytes.length);
	const idAt = (at: number) => vint(segmentData + at, true).value;
	summary.seeks = seekTargets.length;
	summary.positionsHold =
		cuePositions.every((at) => idAt(at) === 0x1f43b675) &&
		seekTargets.every((seek) => idAt(seek.at) === seek.id);
	return summary;
}
