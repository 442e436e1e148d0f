import bboxClip from '@turf/bbox-clip';
import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';
import { escapeMarkup } from '../escape-markup';
import { PALETTE as C } from '../map/palette';
import { m } from '../paraglide/messages';
import { getLocale } from '../paraglide/runtime';
import { DATA_BOUNDS } from '../map/view';
import { boxAround, type FittedProjection, type LonLatBox } from './projection';
import { PATTERN_DEFS } from './patterns';
import { geometryPath } from './svg-path';

/** The basemap layers a printed map draws (the same files the interactive map reads). */
export interface StaticBasemap {
	land: FeatureCollection;
	lakes: FeatureCollection;
	rivers: FeatureCollection;
	/** Ukraine as one area (the oblasts merged), and the lines between oblasts, each drawn once. */
	ukraine: FeatureCollection;
	oblastLines: FeatureCollection;
	occupied2014: FeatureCollection;
	borders: FeatureCollection;
	places: FeatureCollection;
	areaLabels: FeatureCollection;
}

export interface StaticVenue {
	label: string;
	lonLat: [number, number];
	/** Draws a dashed circle of this radius: the pin is only the vicinity. */
	uncertaintyKm?: number;
}

export interface StaticMapInput {
	projection: FittedProjection;
	basemap: StaticBasemap;
	/** Control, advance and counteroffensive areas (each tagged `kind`) and the line, or none. */
	frontline: { areas: FeatureCollection; line: FeatureCollection } | null;
	venues: StaticVenue[];
	/** The SVG's accessible name. */
	title: string;
	/** Printed small in the corner, so a page cut from the handout still credits its data. */
	credit: string;
}

const DOT_RADIUS = 6.5;
const FONT = `font-family="'Noto Sans','DejaVu Sans',Arial,sans-serif"`;

/**
 * A printable map of one day as a standalone SVG: the basemap, the front line as assessed that
 * day, and the venues. Geometry is clipped to the view first, so a page carries only what it
 * shows. The layer order and colours follow the interactive map's style.
 */
export function renderStaticMap(input: StaticMapInput): string {
	const { projection: p, basemap, frontline, venues } = input;
	const d = (features: FeatureCollection | Feature[]): string => viewPath(features, p);
	const draw = (data: string, attrs: string) => (data ? `<path d="${data}" ${attrs}/>` : '');
	const byKind = (kind: string) =>
		frontline ? frontline.areas.features.filter((f) => f.properties?.kind === kind) : [];
	// Shapes drawn twice (a fill and an outline, a tint and a hatch) are written once and reused.
	const shared = {
		occupied: d(basemap.occupied2014),
		advance: d(byKind('advance')),
		line: frontline ? d(frontline.line) : ''
	};
	const defs = Object.entries(shared)
		.filter(([, data]) => data)
		.map(([id, data]) => `<path id="${id}" d="${data}"/>`)
		.join('');
	const use = (id: keyof typeof shared, attrs: string) =>
		shared[id] ? `<use href="#${id}" ${attrs}/>` : '';
	const [dataWest, dataNorth] = p.project([DATA_BOUNDS[0][0], DATA_BOUNDS[1][1]]);
	const [dataEast, dataSouth] = p.project([DATA_BOUNDS[1][0], DATA_BOUNDS[0][1]]);
	const labels = new LabelSpace(p.width, p.height);

	const parts = [
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${p.width} ${p.height}" width="${p.width}" height="${p.height}" role="img">`,
		`<title>${escapeMarkup(input.title)}</title>`,
		`<defs>${PATTERN_DEFS}${defs}<clipPath id="frame"><rect width="${p.width}" height="${p.height}"/></clipPath></defs>`,
		`<g clip-path="url(#frame)">`,
		// Beyond the basemap's data: a neutral frame, so missing land never passes for sea.
		`<rect width="${p.width}" height="${p.height}" fill="${C.outsideData}"/>`,
		`<rect x="${r(dataWest)}" y="${r(dataNorth)}" width="${r(dataEast - dataWest)}" height="${r(dataSouth - dataNorth)}" fill="${C.sea}"/>`,
		draw(d(basemap.land), `fill="${C.land}"`),
		draw(d(basemap.ukraine), `fill="${C.ukraine}"`),
		use('occupied', `fill="${C.occupied2014Fill}"`),
		draw(d(byKind('control')), `fill="${C.control}" fill-opacity="0.42"`),
		use('advance', `fill="${C.control}" fill-opacity="0.12"`),
		use('advance', `fill="url(#hatch-advance)" fill-opacity="0.8"`),
		draw(d(byKind('counteroffensive')), `fill="url(#hatch-counter)" fill-opacity="0.8"`),
		use('occupied', `fill="url(#hatch-2014)" fill-opacity="0.55"`),
		draw(d(basemap.lakes), `fill="${C.water}"`),
		// Only the great rivers: the smaller ones are noise at this scale.
		draw(
			d(basemap.rivers.features.filter((f) => f.properties?.minzoom === 0)),
			`fill="none" stroke="${C.river}" stroke-width="1.3" stroke-linejoin="round"`
		),
		draw(
			d(basemap.oblastLines),
			`fill="none" stroke="${C.oblastLine}" stroke-width="0.8" stroke-linejoin="round"`
		),
		use(
			'occupied',
			`fill="none" stroke="${C.occupied2014Line}" stroke-width="1.2" stroke-dasharray="5 3"`
		),
		draw(
			d(basemap.borders.features.filter((f) => !f.properties?.ukraine)),
			`fill="none" stroke="${C.border}" stroke-width="1.1" stroke-linejoin="round"`
		),
		draw(
			d(basemap.borders.features.filter((f) => f.properties?.ukraine)),
			`fill="none" stroke="${C.ukraineBorder}" stroke-width="1.8" stroke-linejoin="round"`
		),
		use(
			'line',
			`fill="none" stroke="${C.frontLineCasing}" stroke-opacity="0.85" stroke-width="4.5" stroke-linejoin="round" stroke-linecap="round"`
		),
		use(
			'line',
			`fill="none" stroke="${C.frontLine}" stroke-width="2.2" stroke-linejoin="round" stroke-linecap="round"`
		),
		venueMarks(venues, p, labels),
		placeMarks(basemap.places, venues, p, labels),
		areaLabels(basemap.areaLabels, p, labels),
		`</g>`,
		scaleBar(p),
		creditLine(input.credit, p),
		`<rect x="0.75" y="0.75" width="${p.width - 1.5}" height="${p.height - 1.5}" fill="none" stroke="#2f2c28" stroke-width="1.5"/>`,
		`</svg>`
	];
	return parts.filter(Boolean).join('\n');
}

/**
 * SVG path data for features on a printed map: clipped to a little beyond its view, projected.
 * A line drawn over the map later (a comparison) uses it too, so it lies exactly on the map's.
 */
export function viewPath(features: FeatureCollection | Feature[], p: FittedProjection): string {
	const clipBox = boxAround(p.visible, [], 0.04);
	return (Array.isArray(features) ? features : features.features)
		.map((f) => geometryPath(clip(f.geometry, clipBox), p.project))
		.join('');
}

function clip(geometry: Geometry | null, box: LonLatBox): Geometry | null {
	if (!geometry) return null;
	switch (geometry.type) {
		case 'Polygon':
		case 'MultiPolygon':
		case 'LineString':
		case 'MultiLineString':
			return bboxClip(geometry, box).geometry;
		default:
			return geometry;
	}
}

/** Labels placed so far, so a later (less important) label that would overlap one is left out. */
class LabelSpace {
	private boxes: [number, number, number, number][] = [];
	constructor(
		private readonly width: number,
		private readonly height: number
	) {}

	/** Claims the box if it is free and inside the frame. */
	claim(x0: number, y0: number, x1: number, y1: number): boolean {
		if (x0 < 4 || y0 < 4 || x1 > this.width - 4 || y1 > this.height - 4) return false;
		const free = this.boxes.every(([a, b, c, d]) => x1 < a || x0 > c || y1 < b || y0 > d);
		if (free) this.boxes.push([x0, y0, x1, y1]);
		return free;
	}
}

/** A rough width for a label: wide enough that neighbours never overlap in a sans-serif face. */
function textWidth(text: string, size: number): number {
	return text.length * size * 0.58;
}

/**
 * A text label to the right of its point, or to the left where the right is taken or off the map;
 * white halo so it reads over fills and lines. Empty when neither side is free.
 */
function label(
	text: string,
	[x, y]: [number, number],
	size: number,
	attrs: string,
	labels: LabelSpace,
	gap: number
): string {
	const width = textWidth(text, size);
	const top = y - size * 0.7;
	const bottom = y + size * 0.35;
	let anchor: 'start' | 'end' | null = null;
	if (labels.claim(x + gap, top, x + gap + width, bottom)) anchor = 'start';
	else if (labels.claim(x - gap - width, top, x - gap, bottom)) anchor = 'end';
	if (!anchor) return '';
	const tx = anchor === 'start' ? x + gap : x - gap;
	return `<text x="${r(tx)}" y="${r(y + size * 0.35)}" font-size="${size}" text-anchor="${anchor}" ${FONT} ${attrs} stroke="${C.labelHalo}" stroke-width="3.5" stroke-linejoin="round" paint-order="stroke">${escapeMarkup(text)}</text>`;
}

/**
 * A basemap label in the page's language: its `name_<language>` where the data gives one (as the
 * interactive map reads it), its English `name` otherwise. A venue's label is in that language
 * too, so the city a venue stands for is recognised in either.
 */
function labelName(feature: Feature): string {
	const properties = feature.properties ?? {};
	return String(properties[`name_${getLocale()}`] ?? properties.name ?? '');
}

function venueMarks(venues: StaticVenue[], p: FittedProjection, labels: LabelSpace): string {
	const marks = venues.map((venue) => {
		const [x, y] = p.project(venue.lonLat);
		const radius = (venue.uncertaintyKm ?? 0) * p.unitsPerKm(venue.lonLat[1]);
		// A circle hidden under the dot would say nothing; at this scale the dot is the vicinity.
		const halo =
			radius > DOT_RADIUS + 3
				? `<circle cx="${r(x)}" cy="${r(y)}" r="${r(radius)}" fill="${C.venue}" fill-opacity="0.12" stroke="${C.venue}" stroke-width="1.2" stroke-dasharray="4 3"/>`
				: '';
		labels.claim(x - 8, y - 8, x + 8, y + 8);
		const dot = `<circle cx="${r(x)}" cy="${r(y)}" r="${DOT_RADIUS}" fill="${C.venue}" stroke="#ffffff" stroke-width="2.5"/>`;
		return { halo, dot, at: [x, y] as [number, number], text: venue.label };
	});
	// Dots first, so every venue's place is claimed before any label is placed.
	return marks
		.map(
			(mark) =>
				mark.halo +
				mark.dot +
				label(mark.text, mark.at, 19, `font-weight="700" fill="${C.venue}"`, labels, 11)
		)
		.join('');
}

function placeMarks(
	places: FeatureCollection,
	venues: StaticVenue[],
	p: FittedProjection,
	labels: LabelSpace
): string {
	const venueLabels = new Set(venues.map((v) => v.label));
	return places.features
		.filter((f) => (f.properties?.rank ?? 9) <= 2 && !venueLabels.has(labelName(f)))
		.sort((a, b) => a.properties?.rank - b.properties?.rank)
		.map((f) => {
			const [x, y] = p.project((f.geometry as Point).coordinates);
			// A dot on the frame's edge would be cut in half.
			if (x < 12 || y < 12 || x > p.width - 12 || y > p.height - 12) return '';
			const text = label(labelName(f), [x, y], 15, `fill="${C.placeLabel}"`, labels, 7);
			if (!text) return '';
			const size = f.properties?.capital ? 4.2 : 3.2;
			return `<circle cx="${r(x)}" cy="${r(y)}" r="${size}" fill="${C.placeDot}" stroke="#ffffff" stroke-width="1.2"/>${text}`;
		})
		.join('');
}

function areaLabels(areas: FeatureCollection, p: FittedProjection, labels: LabelSpace): string {
	return areas.features
		.filter((f) => f.properties?.rank === 1)
		.map((f) => {
			const [x, y] = p.project((f.geometry as Point).coordinates);
			const name = labelName(f);
			const sea = f.properties?.kind === 'sea';
			const text = sea ? name : name.toUpperCase();
			const size = sea ? 16 : 17;
			const width = textWidth(text, size) + (sea ? 0 : text.length * 2);
			if (!labels.claim(x - width / 2, y - size, x + width / 2, y + size * 0.4)) return '';
			const style = sea
				? `font-style="italic" fill="${C.seaLabel}"`
				: `letter-spacing="2" fill="${C.areaLabel}"`;
			return `<text x="${r(x)}" y="${r(y)}" font-size="${size}" text-anchor="middle" ${FONT} ${style}>${escapeMarkup(text)}</text>`;
		})
		.join('');
}

/** The round length (km) whose bar is at most a fifth of the map, measured at the map's middle. */
export function scaleLength(unitsPerKm: number, width: number): number {
	const steps = [25, 50, 100, 200, 250, 500, 1000];
	return steps.findLast((km) => km * unitsPerKm <= width / 5) ?? steps[0];
}

function scaleBar(p: FittedProjection): string {
	const latitude = Math.round((p.visible[1] + p.visible[3]) / 2);
	const perKm = p.unitsPerKm(latitude);
	const km = scaleLength(perKm, p.width);
	const length = km * perKm;
	const x = 18;
	const y = p.height - 22;
	return [
		`<rect x="${x - 6}" y="${y - 22}" width="${r(length + 12)}" height="34" fill="#ffffff" fill-opacity="0.85"/>`,
		`<path d="M${x} ${y - 5}V${y}H${r(x + length)}V${y - 5}" fill="none" stroke="#2f2c28" stroke-width="2"/>`,
		`<text x="${x}" y="${y - 9}" font-size="13" ${FONT} fill="#2f2c28">${escapeMarkup(m.handout_map_scale({ km, latitude }))}</text>`
	].join('');
}

function creditLine(credit: string, p: FittedProjection): string {
	const size = 11;
	const width = textWidth(credit, size) * 0.95;
	return [
		`<rect x="${r(p.width - width - 16)}" y="${p.height - 24}" width="${r(width + 12)}" height="18" fill="#ffffff" fill-opacity="0.85"/>`,
		`<text x="${p.width - 10}" y="${p.height - 11}" font-size="${size}" text-anchor="end" ${FONT} fill="#2f2c28">${escapeMarkup(credit)}</text>`
	].join('');
}

function r(value: number): number {
	return Math.round(value * 10) / 10;
}
