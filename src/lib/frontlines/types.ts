/** The shape of static/data/frontlines/index.json, written by the pipeline and read by the app. */
export type FrontlineSourceId = 'isw' | 'liveuamap';
export type FrontlineLayerKey = 'control' | 'advance' | 'counteroffensive';
/** Every kind of area a day of front lines can have. */
export const AREA_KINDS: readonly FrontlineLayerKey[] = ['control', 'advance', 'counteroffensive'];

export interface FrontlineIndexSource {
	id: FrontlineSourceId;
	label: string;
	attribution: string;
	layers: FrontlineLayerKey[];
	first: string;
	last: string;
	/** Every date with a control geometry, ascending; a day shows the latest date on or before it. */
	dates: string[];
	/** Controlled area in km², parallel to `dates` (Crimea included for both sources). */
	areaKm2: number[];
	chunks: { file: string; from: string; to: string }[];
	gaps: { date: string; reason: string }[];
}

export interface FrontlineIndex {
	generated: 'npm run geodata';
	sources: FrontlineIndexSource[];
}
