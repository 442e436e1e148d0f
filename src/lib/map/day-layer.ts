import type {
	CustomLayerInterface,
	CustomRenderMethodInput,
	Map as MapLibreMap
} from 'maplibre-gl';
import type { FrontlineLayerKey } from '../frontlines/types';
import type { DayMesh, Triangles } from './day-mesh';
import { FRONT_AREA_DRAWS } from './style';

/**
 * How the day-switch layer paints, read from the front-line layers it stands in for. Colours are
 * premultiplied RGBA in 0..1 with the layer's opacity applied.
 */
export interface DayLook {
	fills: { colour: Rgba; hatch: 0 | 1 | -1 }[];
	lines: { colour: Rgba; width: number }[];
}
export type Rgba = readonly [number, number, number, number];

/**
 * The day switch: days prepared ahead as GPU buffers and drawn by two custom layers (areas at
 * the areas' place in the style, the line at the line's), so showing a prepared day costs one
 * repaint: no tiling in MapLibre's worker, no upload. MapLibre's own front-line layers draw the
 * day the reader stops on; see `frontline-layer.ts` for the hand-over.
 */
export interface DaySwitch {
	readonly layers: readonly CustomLayerInterface[];
	/** Turns a day's mesh into GPU buffers (now if the map's context is here, else on add). */
	prepare(key: string, mesh: DayMesh): void;
	has(key: string): boolean;
	/** The day to draw, or null to draw nothing. */
	show(key: string | null): void;
	/** The day of the last frame these layers drew (null: they drew nothing). */
	readonly drawn: string | null;
	/** How many days are held on the GPU. */
	readonly size: number;
	/**
	 * Draws only between two fractions of the canvas's width (a side of the swipe view), or over
	 * all of it (null).
	 */
	clip(span: readonly [number, number] | null): void;
}

interface GpuMesh {
	vao: WebGLVertexArrayObject;
	buffers: WebGLBuffer[];
	count: number;
}

interface GpuDay {
	areas: Record<FrontlineLayerKey, GpuMesh>;
	line: GpuMesh;
}

/** Enough for a season of daily frames (the talks window is 97 days) in a few tens of MB. */
const MAX_DAYS = 200;

const FILL_VERTEX = `#version 300 es
uniform mat4 u_matrix;
uniform float u_world_size;
in vec2 a_pos;
out vec2 v_px;
void main() {
	gl_Position = u_matrix * vec4(a_pos, 0.0, 1.0);
	// Map pixels, so the hatch moves with the map as MapLibre's patterns do.
	v_px = a_pos * u_world_size;
}`;

// The hatch is the pattern images' drawing (patterns.ts): 2 px of every 8 along a diagonal.
const FILL_FRAGMENT = `#version 300 es
precision highp float;
uniform vec4 u_colour;
uniform float u_hatch;
in vec2 v_px;
out vec4 fragColour;
void main() {
	if (u_hatch != 0.0) {
		float diagonal = u_hatch > 0.0 ? v_px.x + v_px.y : v_px.x - v_px.y;
		if (mod(diagonal, 8.0) >= 2.0) discard;
	}
	fragColour = u_colour;
}`;

const LINE_VERTEX = `#version 300 es
uniform mat4 u_matrix;
uniform vec2 u_viewport;
uniform float u_reach;
in vec2 a_pos;
in vec2 a_other;
in vec2 a_extrude;
out vec2 v_disc;
void main() {
	vec4 here = u_matrix * vec4(a_pos, 0.0, 1.0);
	vec2 offset = a_extrude;
	v_disc = a_extrude;
	if (a_extrude.y == 0.0) {
		vec4 there = u_matrix * vec4(a_other, 0.0, 1.0);
		vec2 along = (there.xy / there.w - here.xy / here.w) * u_viewport;
		float len = length(along);
		offset = len > 0.0 ? vec2(-along.y, along.x) / len * a_extrude.x : vec2(0.0);
		v_disc = vec2(0.0, a_extrude.x);
	}
	here.xy += offset * u_reach * 2.0 / u_viewport * here.w;
	gl_Position = here;
}`;

// u_reach is half the width plus half a pixel: the last pixel fades out (antialiasing).
const LINE_FRAGMENT = `#version 300 es
precision highp float;
uniform vec4 u_colour;
uniform float u_reach;
in vec2 v_disc;
out vec4 fragColour;
void main() {
	float coverage = clamp(u_reach - length(v_disc) * u_reach, 0.0, 1.0);
	if (coverage <= 0.0) discard;
	fragColour = u_colour * coverage;
}`;

export function createDaySwitch(
	map: MapLibreMap,
	readLook: () => DayLook,
	/** The layers' ids start with it; a second switch (the swipe view's other day) needs its own. */
	id = 'front-days'
): DaySwitch {
	let gl: WebGL2RenderingContext | null = null;
	let fillProgram: Program | null = null;
	let lineProgram: Program | null = null;
	const waiting = new Map<string, DayMesh>();
	// Insertion order is the eviction order; showing a day moves it to the end.
	const days = new Map<string, GpuDay>();
	let shown: string | null = null;
	let drawn: string | null = null;
	let look: DayLook | null = null;
	let span: readonly [number, number] | null = null;

	/** Limits drawing to the span (MapLibre restores its own state after a custom layer). */
	const scissor = (context: WebGL2RenderingContext) => {
		if (!span) return;
		const width = context.drawingBufferWidth;
		const from = Math.round(span[0] * width);
		context.enable(context.SCISSOR_TEST);
		context.scissor(
			from,
			0,
			Math.max(0, Math.round(span[1] * width) - from),
			context.drawingBufferHeight
		);
	};
	const unscissor = (context: WebGL2RenderingContext) => {
		if (span) context.disable(context.SCISSOR_TEST);
	};

	/** The programs could not be built (a lost context): no day is kept, MapLibre's layers draw. */
	let broken = false;
	const upload = (context: WebGL2RenderingContext, key: string, mesh: DayMesh) => {
		// Compiled with the first day prepared (after the map's first idle, or at once for the
		// swipe view's other day), not as the layers are added: a compile waits for the GPU, and
		// in software that is on the first view's critical path.
		if (broken) return;
		try {
			fillProgram ??= program(context, FILL_VERTEX, FILL_FRAGMENT, ['a_pos']);
			lineProgram ??= program(context, LINE_VERTEX, LINE_FRAGMENT, [
				'a_pos',
				'a_other',
				'a_extrude'
			]);
		} catch (error) {
			broken = true;
			console.warn('The front lines’ day switch is off:', error);
			return;
		}
		days.set(key, {
			// One buffer a kind: the advance tint and its hatch draw the same triangles.
			areas: {
				control: gpuMesh(context, mesh.areas.control, [['a_pos', 2]]),
				advance: gpuMesh(context, mesh.areas.advance, [['a_pos', 2]]),
				counteroffensive: gpuMesh(context, mesh.areas.counteroffensive, [['a_pos', 2]])
			},
			line: gpuMesh(context, mesh.line, [
				['a_pos', 2],
				['a_other', 2],
				['a_extrude', 2]
			])
		});
		while (days.size > MAX_DAYS) {
			const oldest = days.keys().next().value as string;
			if (oldest === shown) break;
			release(context, days.get(oldest)!);
			days.delete(oldest);
		}
	};

	const areasLayer: CustomLayerInterface = {
		id: `${id}-areas`,
		type: 'custom',
		renderingMode: '2d',
		onAdd(_map, context) {
			gl = context;
			for (const [key, mesh] of waiting) upload(context, key, mesh);
			waiting.clear();
		},
		onRemove(_map, context) {
			for (const day of days.values()) release(context, day);
			days.clear();
			waiting.clear();
			for (const p of [fillProgram, lineProgram]) if (p) context.deleteProgram(p.program);
			[fillProgram, lineProgram] = [null, null];
			[shown, drawn, look] = [null, null, null];
			gl = null;
		},
		render(context, options) {
			// The areas are drawn first in every frame: read the look once per frame, here.
			drawn = shown && days.has(shown) ? shown : null;
			look = drawn ? readLook() : null;
			const day = drawn ? days.get(drawn) : undefined;
			if (!day || !look || !fillProgram) return;
			const p = fillProgram;
			context.useProgram(p.program);
			context.uniformMatrix4fv(p.uniform('u_matrix'), false, matrixOf(options));
			// MapLibre draws a pattern at its size at the tiles' whole zoom and scales it with them.
			context.uniform1f(p.uniform('u_world_size'), 512 * 2 ** Math.floor(map.getZoom()));
			scissor(context);
			look.fills.forEach((fill, i) => {
				const mesh = day.areas[FRONT_AREA_DRAWS[i].kind];
				if (mesh.count === 0 || fill.colour[3] === 0) return;
				context.uniform4fv(p.uniform('u_colour'), fill.colour);
				context.uniform1f(p.uniform('u_hatch'), fill.hatch);
				drawMesh(context, mesh);
			});
			unscissor(context);
		}
	};

	const lineLayer: CustomLayerInterface = {
		id: `${id}-line`,
		type: 'custom',
		renderingMode: '2d',
		render(context, options) {
			const day = drawn ? days.get(drawn) : undefined;
			if (!day || !look || !lineProgram || day.line.count === 0) return;
			const p = lineProgram;
			const canvas = map.getCanvas();
			context.useProgram(p.program);
			context.uniformMatrix4fv(p.uniform('u_matrix'), false, matrixOf(options));
			context.uniform2f(p.uniform('u_viewport'), canvas.clientWidth, canvas.clientHeight);
			scissor(context);
			for (const line of look.lines) {
				if (line.colour[3] === 0 || line.width <= 0) continue;
				context.uniform4fv(p.uniform('u_colour'), line.colour);
				context.uniform1f(p.uniform('u_reach'), line.width / 2 + 0.5);
				drawMesh(context, day.line);
			}
			unscissor(context);
		}
	};

	return {
		layers: [areasLayer, lineLayer],
		prepare(key, mesh) {
			if (days.has(key)) return;
			if (gl) upload(gl, key, mesh);
			else {
				waiting.set(key, mesh);
				if (waiting.size > MAX_DAYS) waiting.delete(waiting.keys().next().value as string);
			}
		},
		has: (key) => days.has(key) || waiting.has(key),
		show(key) {
			if (key === shown) return;
			// Hiding what was not drawn needs no repaint (the overlay path hides it every step).
			const repaint = key !== null || drawn !== null;
			shown = key;
			if (key && days.has(key)) {
				const day = days.get(key)!;
				days.delete(key);
				days.set(key, day);
			}
			if (repaint) map.triggerRepaint();
		},
		get drawn() {
			return drawn;
		},
		get size() {
			return days.size + waiting.size;
		},
		clip(next) {
			if (next?.[0] === span?.[0] && next?.[1] === span?.[1]) return;
			span = next;
			if (drawn || shown) map.triggerRepaint();
		}
	};
}

function matrixOf(options: CustomRenderMethodInput): Float32Array {
	return new Float32Array(options.defaultProjectionData.mainMatrix);
}

interface Program {
	program: WebGLProgram;
	uniform(name: string): WebGLUniformLocation | null;
}

function program(
	gl: WebGL2RenderingContext,
	vertex: string,
	fragment: string,
	attributes: readonly string[]
): Program {
	const compiled = gl.createProgram();
	for (const [type, source] of [
		[gl.VERTEX_SHADER, vertex],
		[gl.FRAGMENT_SHADER, fragment]
	] as const) {
		const shader = gl.createShader(type)!;
		gl.shaderSource(shader, source);
		gl.compileShader(shader);
		if (!gl.getShaderParameter(shader, gl.COMPILE_STATUS)) {
			throw new Error(`front-line shader: ${gl.getShaderInfoLog(shader)}`);
		}
		gl.attachShader(compiled, shader);
	}
	attributes.forEach((name, i) => gl.bindAttribLocation(compiled, i, name));
	gl.linkProgram(compiled);
	if (!gl.getProgramParameter(compiled, gl.LINK_STATUS)) {
		throw new Error(`front-line shader: ${gl.getProgramInfoLog(compiled)}`);
	}
	const uniforms = new Map<string, WebGLUniformLocation | null>();
	return {
		program: compiled,
		uniform(name) {
			if (!uniforms.has(name)) uniforms.set(name, gl.getUniformLocation(compiled, name));
			return uniforms.get(name)!;
		}
	};
}

/** A vertex array with its own buffers: attribute i is bound to location i. */
function gpuMesh(
	gl: WebGL2RenderingContext,
	triangles: Triangles,
	attributes: readonly (readonly [string, number])[]
): GpuMesh {
	const vao = gl.createVertexArray();
	gl.bindVertexArray(vao);
	const vertices = gl.createBuffer();
	gl.bindBuffer(gl.ARRAY_BUFFER, vertices);
	gl.bufferData(gl.ARRAY_BUFFER, triangles.vertices, gl.STATIC_DRAW);
	const stride = attributes.reduce((sum, [, size]) => sum + size, 0);
	let offset = 0;
	attributes.forEach(([, size], i) => {
		gl.enableVertexAttribArray(i);
		gl.vertexAttribPointer(i, size, gl.FLOAT, false, stride * 4, offset * 4);
		offset += size;
	});
	const indices = gl.createBuffer();
	gl.bindBuffer(gl.ELEMENT_ARRAY_BUFFER, indices);
	gl.bufferData(gl.ELEMENT_ARRAY_BUFFER, triangles.indices, gl.STATIC_DRAW);
	gl.bindVertexArray(null);
	gl.bindBuffer(gl.ARRAY_BUFFER, null);
	return { vao, buffers: [vertices, indices], count: triangles.indices.length };
}

function drawMesh(gl: WebGL2RenderingContext, mesh: GpuMesh) {
	gl.bindVertexArray(mesh.vao);
	gl.drawElements(gl.TRIANGLES, mesh.count, gl.UNSIGNED_INT, 0);
	gl.bindVertexArray(null);
}

function release(gl: WebGL2RenderingContext, day: GpuDay) {
	for (const mesh of [...Object.values(day.areas), day.line]) {
		gl.deleteVertexArray(mesh.vao);
		for (const buffer of mesh.buffers) gl.deleteBuffer(buffer);
	}
}
