import type { Map as MapLibreMap } from 'maplibre-gl';

/** What is burned into an exported image, so a slide carries its own caption and credit. */
export interface ExportCaption {
	title: string;
	date: string;
	/** A third line under the date (what a comparison's line and colours mean). */
	note?: string;
	attribution: string;
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
		maxTextWidth: width - 4 * pad,
		creditBaseline: height - pad
	};
}

/**
 * The map as drawn, with the title and date at the top left and the credit along the bottom. The
 * WebGL canvas is copied inside a `render` event, while its drawing buffer still holds the frame
 * (MapLibre does not preserve it afterwards), so no slower preserved-buffer mode is needed.
 */
export function exportMapPng(map: MapLibreMap, caption: ExportCaption): Promise<Blob> {
	return new Promise((resolve, reject) => {
		map.once('render', () => {
			try {
				const source = map.getCanvas();
				const out = document.createElement('canvas');
				out.width = source.width;
				out.height = source.height;
				const context = out.getContext('2d');
				if (!context) throw new Error('no 2D canvas to compose the image');
				context.drawImage(source, 0, 0);
				burnIn(context, out.width, out.height, source.width / source.clientWidth || 1, caption);
				out.toBlob(
					(blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be made'))),
					'image/png'
				);
			} catch (error) {
				reject(error);
			}
		});
		map.triggerRepaint();
	});
}

function burnIn(
	context: CanvasRenderingContext2D,
	width: number,
	height: number,
	pixelRatio: number,
	caption: ExportCaption
): void {
	const l = captionLayout(width, height, pixelRatio);
	const font = (size: number, weight = 400) =>
		`${weight} ${size}px "Noto Sans", system-ui, sans-serif`;
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
	context.fillStyle = 'rgba(251, 250, 246, 0.92)';
	context.fillRect(l.pad, l.pad, boxWidth, boxHeight);
	context.fillStyle = '#22201c';
	context.font = font(l.titleSize, 600);
	context.fillText(caption.title, 2 * l.pad, 2 * l.pad, l.maxTextWidth);
	context.font = font(l.dateSize);
	context.fillStyle = '#4f4a42';
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
	context.fillStyle = 'rgba(255, 255, 255, 0.85)';
	context.fillRect(
		width - creditWidth - 2 * l.pad,
		height - l.creditSize - 2 * l.pad,
		creditWidth + 2 * l.pad,
		l.creditSize + 2 * l.pad
	);
	context.fillStyle = '#22201c';
	context.fillText(credit, width - creditWidth - l.pad, l.creditBaseline, width - 2 * l.pad);
}
