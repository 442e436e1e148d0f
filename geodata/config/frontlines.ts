/** The two front-line assessments: what to read, how to split it, and known source gaps. */
export interface FrontlineSource {
	id: 'isw' | 'liveuamap';
	label: string;
	file: string;
	attribution: string;
	/** Source object name for each layer the app draws. */
	layers: { control: string; advance?: string; counteroffensive?: string };
	/** Output files cover these date ranges (inclusive), so the first view loads only its own. */
	chunks: { from: string; to: string }[];
	/** Dates whose control geometry is wrong in the source and is left out (the previous date shows). */
	gaps: { date: string; reason: string }[];
	/** This source leaves Crimea out; add it so both sources mean the same thing. */
	addCrimea: boolean;
}

export const FRONTLINE_SOURCES: readonly FrontlineSource[] = [
	{
		id: 'isw',
		label: 'ISW/CTP',
		file: 'frontlines/isw-2022.topo.json.gz',
		attribution:
			"Assessed control of terrain: Institute for the Study of War and AEI's Critical Threats Project (ISW/CTP)",
		layers: { control: 'control', advance: 'advance', counteroffensive: 'ua_counteroffensive' },
		chunks: [
			{ from: '2022-02-24', to: '2022-05-31' },
			{ from: '2022-06-01', to: '2022-11-30' }
		],
		gaps: [
			{
				date: '2022-09-29',
				reason: 'ISW’s control layer for this day omits Crimea; the map shows 28 September instead.'
			}
		],
		addCrimea: false
	},
	{
		id: 'liveuamap',
		label: 'liveuamap/NZZ',
		file: 'frontlines/nzz-liveuamap.topo.json.gz',
		attribution: 'Territorial control: liveuamap.com, as published by NZZ (Neue Zürcher Zeitung)',
		layers: { control: 'controlled' },
		chunks: [
			{ from: '2022-02-24', to: '2022-12-31' },
			{ from: '2023-01-01', to: '2023-12-31' },
			{ from: '2024-01-01', to: '2024-12-31' },
			{ from: '2025-01-01', to: '2025-12-31' },
			{ from: '2026-01-01', to: '2026-12-31' }
		],
		gaps: [],
		addCrimea: true
	}
];

/** Triangles under this many square degrees go (well under a pixel at oblast zoom, 6). */
export const FRONTLINE_MIN_WEIGHT = 1e-5;
/** Grid steps per axis over each chunk's extent (about 20 m). */
export const FRONTLINE_QUANTIZATION = 5e4;
/** Boundary within this distance of Ukraine's border or coast is not front line. */
export const FRONTLINE_OPTIONS = { toleranceKm: 3, minLengthKm: 2 };
