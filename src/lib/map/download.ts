/** Saves a blob under a file name, through a temporary link (no server round trip). */
export function downloadBlob(blob: Blob, filename: string): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = filename;
	document.body.append(link);
	link.click();
	link.remove();
	// Revoked after the click has been handled, so the download has started with it.
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** `talks-atlas-2022-03-29.png`, or with the milestone: `talks-atlas-2022-03-29-istanbul-communique.png`. */
export function pngFilename(date: string, milestone: string | null): string {
	return `talks-atlas-${date}${milestone ? `-${milestone}` : ''}.png`;
}
