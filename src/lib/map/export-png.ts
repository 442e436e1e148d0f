import { m } from '../paraglide/messages';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { burnIn, type ExportCaption } from './burn-in';
import type { Palette } from './palette';

export type { ExportCaption } from './burn-in';

/**
 * The map as drawn, with the title and date at the top left and the credit along the bottom. The
 * WebGL canvas is copied inside a `render` event, while its drawing buffer still holds the frame
 * (MapLibre does not preserve it afterwards), so no slower preserved-buffer mode is needed.
 */
export function exportMapPng(
	map: MapLibreMap,
	caption: ExportCaption,
	palette: Palette
): Promise<Blob> {
	return new Promise((resolve, reject) => {
		map.once('render', () => {
			try {
				const source = map.getCanvas();
				const out = document.createElement('canvas');
				out.width = source.width;
				out.height = source.height;
				const context = out.getContext('2d');
				if (!context) throw new Error(m.map_no_canvas());
				context.drawImage(source, 0, 0);
				burnIn(
					context,
					out.width,
					out.height,
					source.width / source.clientWidth || 1,
					caption,
					palette
				);
				out.toBlob(
					(blob) => (blob ? resolve(blob) : reject(new Error(m.map_png_failed()))),
					'image/png'
				);
			} catch (error) {
				reject(error);
			}
		});
		map.triggerRepaint();
	});
}
