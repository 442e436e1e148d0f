/** [west, south, east, north] in degrees. */
export type LonLatBox = [number, number, number, number];

/** A Web Mercator projection fitted to a box of `width` × `height` units (the SVG's viewBox). */
export interface FittedProjection {
	width: number;
	height: number;
	/** Degrees → SVG units, y down. */
	project(lonLat: readonly number[]): [number, number];
	/** The degrees the whole viewBox shows (wider than the box asked for on one axis). */
	visible: LonLatBox;
	/** SVG units per kilometre at a latitude (Mercator stretches with latitude). */
	unitsPerKm(latitude: number): number;
}

const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;

function mercatorY(latitude: number): number {
	return Math.log(Math.tan(Math.PI / 4 + (latitude * RAD) / 2));
}

function inverseMercatorY(y: number): number {
	return (2 * Math.atan(Math.exp(y)) - Math.PI / 2) / RAD;
}

/**
 * Fits `box` into the viewBox with `padding` units on every side, keeping the map's aspect: the
 * same projection the interactive map uses, so a printed page looks like the screen.
 */
export function fitMercator(
	box: LonLatBox,
	width: number,
	height: number,
	padding = 0
): FittedProjection {
	const [west, south, east, north] = box;
	if (!(east > west && north > south)) throw new Error(`empty box: ${box.join(',')}`);
	const x0 = west * RAD;
	const x1 = east * RAD;
	const y0 = mercatorY(south);
	const y1 = mercatorY(north);
	const scale = Math.min((width - 2 * padding) / (x1 - x0), (height - 2 * padding) / (y1 - y0));
	const cx = (x0 + x1) / 2;
	const cy = (y0 + y1) / 2;
	const project = (lonLat: readonly number[]): [number, number] => [
		width / 2 + (lonLat[0] * RAD - cx) * scale,
		height / 2 - (mercatorY(lonLat[1]) - cy) * scale
	];
	const halfX = width / 2 / scale;
	const halfY = height / 2 / scale;
	return {
		width,
		height,
		project,
		visible: [
			(cx - halfX) / RAD,
			inverseMercatorY(cy - halfY),
			(cx + halfX) / RAD,
			inverseMercatorY(cy + halfY)
		],
		unitsPerKm: (latitude) => scale / (EARTH_RADIUS_KM * Math.cos(latitude * RAD))
	};
}

/** The smallest box holding `box` and every point, grown by `margin` of its size on each side. */
export function boxAround(
	box: LonLatBox,
	points: readonly (readonly number[])[],
	margin = 0
): LonLatBox {
	let [west, south, east, north] = box;
	for (const [lon, lat] of points) {
		west = Math.min(west, lon);
		east = Math.max(east, lon);
		south = Math.min(south, lat);
		north = Math.max(north, lat);
	}
	const dx = (east - west) * margin;
	const dy = (north - south) * margin;
	return [west - dx, south - dy, east + dx, north + dy];
}
