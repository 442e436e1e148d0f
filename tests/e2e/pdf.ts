import { createCanvas } from '@napi-rs/canvas';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A word (or run) of text on a PDF page, in points from the page's top left. */
export interface PdfWord {
	str: string;
	x: number;
	top: number;
	bottom: number;
}

export interface PdfPage {
	width: number;
	height: number;
	words: PdfWord[];
	/** The page's text with every space removed: line breaks and word splits cannot matter. */
	compact: string;
	/** The page rendered by PDF.js at `scale` pixels per point. */
	render(scale: number): Promise<{ width: number; height: number; data: Uint8ClampedArray }>;
}

export function compactText(text: string): string {
	return text.replace(/\s+/g, '');
}

/** Reads a PDF the way a reader's viewer would: its pages, their words and their pixels. */
export async function readPdf(bytes: Buffer): Promise<PdfPage[]> {
	const doc = await getDocument({ data: new Uint8Array(bytes) }).promise;
	const pages: PdfPage[] = [];
	for (let n = 1; n <= doc.numPages; n++) {
		const page = await doc.getPage(n);
		const viewport = page.getViewport({ scale: 1 });
		const content = await page.getTextContent();
		const words: PdfWord[] = [];
		for (const item of content.items) {
			if (!('str' in item) || !item.str.trim()) continue;
			const baseline = viewport.height - item.transform[5];
			words.push({
				str: item.str,
				x: item.transform[4],
				top: baseline - item.height,
				bottom: baseline
			});
		}
		pages.push({
			width: viewport.width,
			height: viewport.height,
			words,
			compact: compactText(words.map((w) => w.str).join('')),
			async render(scale) {
				const scaled = page.getViewport({ scale });
				const canvas = createCanvas(Math.ceil(scaled.width), Math.ceil(scaled.height));
				const context = canvas.getContext('2d');
				await page.render({
					canvas: canvas as unknown as HTMLCanvasElement,
					canvasContext: context as unknown as CanvasRenderingContext2D,
					viewport: scaled
				}).promise;
				const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
				return { width: canvas.width, height: canvas.height, data };
			}
		});
	}
	return pages;
}

export interface PixelStats {
	/** Share of pixels that are not paper white. */
	inked: number;
	/** Standard deviation of luminance, 0–255. */
	spread: number;
	/** Share of pixels in the red of Russian-controlled areas. */
	red: number;
}

/** Pixel statistics of a box given in points. */
export function pixelStats(
	image: { width: number; height: number; data: Uint8ClampedArray },
	scale: number,
	box: { x: number; y: number; width: number; height: number }
): PixelStats {
	const x0 = Math.max(0, Math.round(box.x * scale));
	const y0 = Math.max(0, Math.round(box.y * scale));
	const x1 = Math.min(image.width, Math.round((box.x + box.width) * scale));
	const y1 = Math.min(image.height, Math.round((box.y + box.height) * scale));
	let n = 0;
	let inked = 0;
	let red = 0;
	let sum = 0;
	let sumSq = 0;
	for (let y = y0; y < y1; y++) {
		for (let x = x0; x < x1; x++) {
			const i = (y * image.width + x) * 4;
			const [r, g, b] = [image.data[i], image.data[i + 1], image.data[i + 2]];
			const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
			n++;
			sum += luminance;
			sumSq += luminance * luminance;
			if (r < 248 || g < 248 || b < 248) inked++;
			if (r - g > 40 && r - b > 40) red++;
		}
	}
	const mean = sum / n;
	return { inked: inked / n, spread: Math.sqrt(sumSq / n - mean * mean), red: red / n };
}
