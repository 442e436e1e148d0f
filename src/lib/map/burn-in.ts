import type { MapKeySwatch } from '../frontlines/legend';
import type { Palette } from './palette';

/** What is burned into an exported image or video frame, so it carries its own caption and credit. */
export interface ExportCaption {
	title: string;
	date: string;
	/** A third line under the date (what a comparison's line and colours mean). */
	note?: string;
	attribution: string;
	/** The map's key, drawn at the bottom left in the map's colours (a video carries it). */
	keys?: { swatch: MapKeySwatch; label: string }[];
	/** The side-by-side view's divider (a fraction of the width): it is HTML, not on the map. */
	divider?: number;
}

/** Where the caption and the credit go, in canvas pixels, for a map of this size. */
export function captionLayout(width: number, height: number, pixelRatio: number) {
	const pad = Math.round(10 * pixelRatio);
	const titleSize = Math.round(Math.max(14, Math.min(24, width / pixelRatio / 40)) * pixelRatio);
	return {
		pad,
		titleSize,
		dateSize: Math.round(titleSize * 0.75),
		creditSize: Math.round(11 * pixelRatio),
		keySize: Math.round(13 * pixelRatio),
		maxTextWidth: width - 4 * pad,
		creditBaseline: height - pad
	};
}

const INK = '#22201c';
const INK_SOFT = '#4f4a42';
const PAPER = 'rgba(251, 250, 246, 0.92)';
const font = (size: number, weight = 400) =>
	`${weight} ${size}px "Noto Sans", system-ui, sans-serif`;

/** The caption at the top left, the key (if any) at the bottom left, the credit at the bottom right. */
export function burnIn(
	context: CanvasRenderingContext2D,
	width: number,
	height: number,
	pixelRatio: number,
	caption: ExportCaption,
	palette: Palette
): void {
	const l = captionLayout(width, height, pixelRatio);
	context.save();
	if (caption.divider !== undefined) {
		const x = Math.round(caption.divider * width);
		context.fillStyle = 'rgba(255, 255, 255, 0.9)';
		context.fillRect(x - 2 * pixelRatio, 0, 4 * pixelRatio, height);
		context.fillStyle = INK;
		context.fillRect(x - pixelRatio, 0, 2 * pixelRatio, height);
	}
	context.textBaseline = 'top';
	context.font = font(l.titleSize, 600);
	const titleWidth = Math.min(context.measureText(caption.title).width, l.maxTextWidth);
	context.font = font(l.dateSize);
	const dateWidth = Math.min(context.measureText(caption.date).width, l.maxTextWidth);
	const noteWidth = caption.note
		? Math.min(context.measureText(caption.note).width, l.maxTextWidth)
		: 0;
	const boxWidth = Math.max(titleWidth, dateWidth, noteWidth) + 2 * l.pad;
	const boxHeight =
		l.titleSize + l.dateSize + 3 * l.pad + (caption.note ? l.dateSize + l.pad / 2 : 0);
	context.fillStyle = PAPER;
	context.fillRect(l.pad, l.pad, boxWidth, boxHeight);
	context.fillStyle = INK;
	context.font = font(l.titleSize, 600);
	context.fillText(caption.title, 2 * l.pad, 2 * l.pad, l.maxTextWidth);
	context.font = font(l.dateSize);
	context.fillStyle = INK_SOFT;
	context.fillText(caption.date, 2 * l.pad, 2 * l.pad + l.titleSize + l.pad / 2, l.maxTextWidth);
	if (caption.note)
		context.fillText(
			caption.note,
			2 * l.pad,
			2 * l.pad + l.titleSize + l.dateSize + l.pad,
			l.maxTextWidth
		);

	context.font = font(l.creditSize);
	context.textBaseline = 'alphabetic';
	const credit = caption.attribution;
	const creditWidth = Math.min(context.measureText(credit).width, width - 2 * l.pad);
	const creditTop = height - l.creditSize - 2 * l.pad;
	context.fillStyle = 'rgba(255, 255, 255, 0.85)';
	context.fillRect(width - creditWidth - 2 * l.pad, creditTop, creditWidth + 2 * l.pad, height);
	context.fillStyle = INK;
	context.fillText(credit, width - creditWidth - l.pad, l.creditBaseline, width - 2 * l.pad);

	if (caption.keys?.length) burnKeys(context, l, creditTop, caption.keys, palette, pixelRatio);
	context.restore();
}

function burnKeys(
	context: CanvasRenderingContext2D,
	l: ReturnType<typeof captionLayout>,
	bottom: number,
	keys: NonNullable<ExportCaption['keys']>,
	palette: Palette,
	pixelRatio: number
): void {
	const row = Math.round(l.keySize * 1.5);
	const swatchWidth = Math.round(24 * pixelRatio);
	const swatchHeight = Math.round(l.keySize * 0.8);
	context.font = font(l.keySize);
	context.textBaseline = 'middle';
	const labelWidth = Math.max(...keys.map((k) => context.measureText(k.label).width));
	const boxWidth = Math.min(swatchWidth + l.pad + labelWidth, l.maxTextWidth / 2) + 2 * l.pad;
	const boxHeight = keys.length * row + l.pad;
	const top = bottom - l.pad - boxHeight;
	context.fillStyle = PAPER;
	context.fillRect(l.pad, top, boxWidth, boxHeight);
	keys.forEach((key, i) => {
		const middle = top + l.pad / 2 + i * row + row / 2;
		drawSwatch(
			context,
			key.swatch,
			2 * l.pad,
			middle,
			swatchWidth,
			swatchHeight,
			palette,
			pixelRatio
		);
		context.fillStyle = INK;
		context.fillText(
			key.label,
			2 * l.pad + swatchWidth + l.pad,
			middle,
			boxWidth - swatchWidth - 3 * l.pad
		);
	});
}

/** A key's swatch, drawn as the legend on the page draws it (see FrontlineLegend). */
function drawSwatch(
	context: CanvasRenderingContext2D,
	swatch: MapKeySwatch,
	x: number,
	middle: number,
	w: number,
	h: number,
	palette: Palette,
	pixelRatio: number
): void {
	const top = middle - h / 2;
	const hatch = (colour: string, under: string | null) => {
		if (under) {
			context.fillStyle = under;
			context.fillRect(x, top, w, h);
		}
		context.save();
		context.beginPath();
		context.rect(x, top, w, h);
		context.clip();
		context.strokeStyle = colour;
		context.lineWidth = 2 * pixelRatio;
		const step = 6 * pixelRatio;
		for (let offset = -h; offset < w + h; offset += step) {
			context.beginPath();
			context.moveTo(x + offset, top + h);
			context.lineTo(x + offset + h, top);
			context.stroke();
		}
		context.restore();
	};
	const line = (colour: string, dash: number[]) => {
		context.save();
		context.strokeStyle = colour;
		context.lineWidth = 3 * pixelRatio;
		context.setLineDash(dash.map((d) => d * pixelRatio));
		context.beginPath();
		context.moveTo(x, middle);
		context.lineTo(x + w, middle);
		context.stroke();
		context.restore();
	};
	context.globalAlpha = 1;
	switch (swatch) {
		case 'control':
			context.globalAlpha = 0.5;
			context.fillStyle = palette.control;
			context.fillRect(x, top, w, h);
			context.globalAlpha = 1;
			break;
		case 'advance':
			hatch(palette.advanceHatch, null);
			break;
		case 'counter':
			hatch(palette.counterHatch, null);
			break;
		case 'occupied':
			hatch(palette.occupied2014Hatch, palette.occupied2014Fill);
			break;
		case 'line':
			line(palette.frontLine, []);
			break;
		case 'compare-line':
			line(palette.compareLine, [5, 3]);
			break;
	}
}
