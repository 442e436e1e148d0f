import type { Geometry, Position } from 'geojson';

type Project = (lonLat: readonly number[]) => [number, number];

/**
 * SVG path data for a geometry: projected, rounded to a tenth of a unit, and thinned so no two
 * points sit closer than `minStep` units (a printed map at 1000 units across cannot show them,
 * and a day's front line would otherwise carry thousands of invisible vertices). Points and
 * rings thinned away to nothing give no path data.
 */
export function geometryPath(geometry: Geometry | null, project: Project, minStep = 1.4): string {
	if (!geometry) return '';
	switch (geometry.type) {
		case 'Polygon':
			return rings(geometry.coordinates, project, minStep);
		case 'MultiPolygon':
			return geometry.coordinates.map((p) => rings(p, project, minStep)).join('');
		case 'LineString':
			return line(geometry.coordinates, project, minStep, false);
		case 'MultiLineString':
			return geometry.coordinates.map((l) => line(l, project, minStep, false)).join('');
		case 'GeometryCollection':
			return geometry.geometries.map((g) => geometryPath(g, project, minStep)).join('');
		default:
			return '';
	}
}

function rings(polygon: Position[][], project: Project, minStep: number): string {
	return polygon.map((ring) => line(ring, project, minStep, true)).join('');
}

function line(positions: Position[], project: Project, minStep: number, closed: boolean): string {
	const kept: [number, number][] = [];
	for (const position of positions) {
		const [x, y] = project(position).map(round) as [number, number];
		const last = kept.at(-1);
		if (last && Math.hypot(x - last[0], y - last[1]) < minStep) continue;
		kept.push([x, y]);
	}
	// The ring's closing point repeats the first; the path's Z closes it instead.
	if (closed && kept.length > 1) {
		const [first, last] = [kept[0], kept.at(-1) as [number, number]];
		if (Math.hypot(first[0] - last[0], first[1] - last[1]) < minStep) kept.pop();
	}
	if (kept.length < (closed ? 3 : 2)) return '';
	// Relative steps between the rounded points: shorter than absolute ones, and exact.
	const numbers: number[] = [];
	for (let i = 1; i < kept.length; i++) {
		numbers.push(round(kept[i][0] - kept[i - 1][0]), round(kept[i][1] - kept[i - 1][1]));
	}
	return `M${kept[0][0]} ${kept[0][1]}l${compact(numbers)}${closed ? 'Z' : ''}`;
}

/** Numbers as SVG writes them tersely: a minus sign separates as well as a space. */
function compact(numbers: number[]): string {
	let text = '';
	for (const n of numbers) {
		const written = String(n).replace(/^(-?)0\./, '$1.');
		text += text && !written.startsWith('-') ? ` ${written}` : written;
	}
	return text;
}

function round(value: number): number {
	return Math.round(value * 10) / 10;
}
