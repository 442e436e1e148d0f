import type { FeatureCollection, Position } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { DayLook, Rgba } from './day-layer';
import { mercatorX, mercatorY } from './day-mesh';
import { pathsOf, polygonsOf } from './geometry-parts';
import { diagonalHatch } from './patterns';
import { FRONT_AREA_DRAWS, PATTERNS } from './style';

/**
 * The front lines drawn on a 2D canvas over the map while the reader drags the date. A MapLibre
 * frame redraws the whole map, which in software rendering is far slower than a frame of the
 * drag; this canvas redraws only the front lines, so every day the pointer passes is drawn. It
 * sits above the map's labels and borders, which is why it is used only while the pointer is
 * down; the day switch's layers, in their place in the style, take over on release.
 */
export interface DragOverlay {
	/** Keeps a day's shapes as canvas paths (cheap: the paths are drawn only when shown). */
	prepare(key: string, areas: FeatureCollection, line: FeatureCollection): void;
	has(key: string): boolean;
	/** Draws the day now (null clears the canvas). */
	show(key: string | null): void;
	readonly shown: string | null;
}

interface DayPaths {
	areas: Path2D[];
	line: Path2D;
}

const MAX_DAYS = 200;

export function createDragOverlay(
	map: MapLibreMap,
	readLook: () => DayLook,
	hatchColour: (pattern: string) => string
): DragOverlay {
	const canvas = document.createElement('canvas');
	canvas.className = 'front-drag-overlay';
	canvas.setAttribute('aria-hidden', 'true');
	// Sized by CSS to the map (its pixel size is the map's times the device pixel ratio).
	Object.assign(canvas.style, {
		position: 'absolute',
		left: '0',
		top: '0',
		width: '100%',
		height: '100%',
		pointerEvents: 'none'
	});
	// Right above the map's canvas, under the venue markers.
	map.getCanvasContainer().insertBefore(canvas, map.getCanvas().nextSibling);
	const context = canvas.getContext('2d');
	const days = new Map<string, DayPaths>();
	const patterns = new Map<string, CanvasPattern | null>();
	let shown: string | null = null;

	const draw = () => {
		if (!context) return;
		const target = map.getCanvas();
		const ratio = window.devicePixelRatio || 1;
		const [width, height] = [target.clientWidth, target.clientHeight];
		if (canvas.width !== Math.round(width * ratio)) canvas.width = Math.round(width * ratio);
		if (canvas.height !== Math.round(height * ratio)) canvas.height = Math.round(height * ratio);
		context.setTransform(1, 0, 0, 1, 0, 0);
		context.clearRect(0, 0, canvas.width, canvas.height);
		const day = shown ? days.get(shown) : undefined;
		if (!day) return;
		const look = readLook();
		const zoom = map.getZoom();
		const world = 512 * 2 ** zoom;
		const { lng, lat } = map.getCenter();
		// Mercator units to device pixels (the map neither rotates nor tilts).
		const scale = world * ratio;
		context.setTransform(
			scale,
			0,
			0,
			scale,
			(width / 2 - mercatorX(lng) * world) * ratio,
			(height / 2 - mercatorY(lat) * world) * ratio
		);
		FRONT_AREA_DRAWS.forEach(({ pattern }, i) => {
			const fill = look.fills[i];
			if (fill.colour[3] === 0) return;
			context.globalAlpha = fill.colour[3];
			if (pattern) {
				const hatch = hatchPattern(pattern, 2 ** Math.floor(zoom) * 512);
				if (!hatch) return;
				context.fillStyle = hatch;
			} else {
				context.fillStyle = css(fill.colour);
			}
			context.fill(day.areas[i], 'evenodd');
		});
		context.lineJoin = 'round';
		context.lineCap = 'round';
		for (const line of look.lines) {
			if (line.colour[3] === 0 || line.width <= 0) continue;
			context.globalAlpha = line.colour[3];
			context.strokeStyle = css(line.colour);
			context.lineWidth = line.width / world;
			context.stroke(day.line);
		}
		context.globalAlpha = 1;
	};

	/** The hatch image as a pattern in Mercator units: 8 px at the tiles' whole zoom. */
	const hatchPattern = (id: string, tileWorld: number): CanvasPattern | null => {
		const cacheKey = `${id} ${hatchColour(id)}`;
		let pattern = patterns.get(cacheKey);
		if (pattern === undefined) {
			const image = diagonalHatch(hatchColour(id), 8, 2, PATTERNS[id]?.direction);
			const tile = document.createElement('canvas');
			[tile.width, tile.height] = [image.width, image.height];
			tile
				.getContext('2d')
				?.putImageData(new ImageData(new Uint8ClampedArray(image.data), image.width), 0, 0);
			pattern = context?.createPattern(tile, 'repeat') ?? null;
			patterns.set(cacheKey, pattern);
		}
		pattern?.setTransform(new DOMMatrix([1 / tileWorld, 0, 0, 1 / tileWorld, 0, 0]));
		return pattern;
	};

	map.on('move', () => {
		if (shown) draw();
	});
	map.on('resize', () => {
		if (shown) draw();
	});

	return {
		prepare(key, areas, line) {
			if (days.has(key)) return;
			days.set(key, {
				areas: FRONT_AREA_DRAWS.map(({ kind }) =>
					areaPath(areas.features.filter((f) => f.properties?.kind === kind))
				),
				line: linePath(line)
			});
			for (const oldest of days.keys()) {
				if (days.size <= MAX_DAYS) break;
				if (oldest !== shown) days.delete(oldest);
			}
		},
		has: (key) => days.has(key),
		show(key) {
			if (key === shown) return;
			shown = key;
			// Recently shown days are the last to be forgotten.
			const day = key ? days.get(key) : undefined;
			if (key && day) {
				days.delete(key);
				days.set(key, day);
			}
			draw();
		},
		get shown() {
			return shown;
		}
	};
}

function css([r, g, b, a]: Rgba): string {
	// The look is premultiplied; the canvas takes straight colour and applies globalAlpha.
	const straight = (v: number) => Math.round(a > 0 ? (v / a) * 255 : 0);
	return `rgb(${straight(r)} ${straight(g)} ${straight(b)})`;
}

function areaPath(features: FeatureCollection['features']): Path2D {
	const path = new Path2D();
	const rings = features.flatMap((f) => polygonsOf(f.geometry)).flat();
	for (const ring of rings) {
		trace(path, ring);
		path.closePath();
	}
	return path;
}

function linePath(line: FeatureCollection): Path2D {
	const path = new Path2D();
	for (const points of line.features.flatMap((f) => pathsOf(f.geometry))) trace(path, points);
	return path;
}

function trace(path: Path2D, points: Position[]) {
	points.forEach(([lon, lat], i) =>
		i === 0
			? path.moveTo(mercatorX(lon), mercatorY(lat))
			: path.lineTo(mercatorX(lon), mercatorY(lat))
	);
}
