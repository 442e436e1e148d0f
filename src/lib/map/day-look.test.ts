import { describe, expect, it } from 'vitest';
import { dayLook, hexColour } from './day-look';
import { FRONT_AREA_DRAWS, FRONT_LINE_DRAWS, HATCH_ADVANCE } from './style';

const colour = (r: number, g: number, b: number, a = 1) => ({ r: r * a, g: g * a, b: b * a, a });

describe('dayLook', () => {
	const paint = (values: Record<string, unknown>) => (layer: string, property: string) =>
		values[`${layer} ${property}`];

	it('copies colours and opacities of the front-line layers, premultiplied', () => {
		const look = dayLook(
			paint({
				'front-control fill-color': colour(1, 0, 0),
				'front-control fill-opacity': 0.5,
				'front-line line-color': colour(0, 0, 1),
				'front-line line-width': 3
			}),
			() => '#00ff00'
		);
		expect(look.fills).toHaveLength(FRONT_AREA_DRAWS.length);
		expect(look.fills[0]).toEqual({ colour: [0.5, 0, 0, 0.5], hatch: 0 });
		expect(look.lines).toHaveLength(FRONT_LINE_DRAWS.length);
		expect(look.lines[1]).toEqual({ colour: [0, 0, 1, 1], width: 3 });
	});

	it('draws hatched layers in the pattern image’s colour, at the layer’s opacity', () => {
		const asked: string[] = [];
		const look = dayLook(paint({ 'front-advance fill-opacity': 0.7 }), (pattern) => {
			asked.push(pattern);
			return '#ff0000';
		});
		const advance = look.fills[FRONT_AREA_DRAWS.findIndex((d) => d.pattern === HATCH_ADVANCE)];
		expect(advance.hatch).toBe(1);
		expect(advance.colour.map((n) => Number(n.toFixed(3)))).toEqual([0.7, 0, 0, 0.7]);
		expect(asked).toContain(HATCH_ADVANCE);
	});

	it('draws nothing for a value it cannot read (transparent, not black)', () => {
		const look = dayLook(paint({ 'front-control fill-color': 'red' }), () => 'not a colour');
		expect(look.fills[0].colour).toEqual([0, 0, 0, 0]);
		expect(look.fills[2].colour).toEqual([0, 0, 0, 0]);
	});
});

describe('hexColour', () => {
	it('reads #rrggbb as opaque RGBA in 0..1', () => {
		expect(hexColour('#ff8000')).toEqual([1, 128 / 255, 0, 1]);
	});
});
