/** Where a key moves the swipe view's divider (a fraction of the map's width), or null. */
export function swipeKey(key: string, x: number, fine = false): number | null {
	const step = fine ? 0.01 : 0.05;
	const clamp = (value: number) => Math.round(Math.min(1, Math.max(0, value)) * 100) / 100;
	switch (key) {
		case 'ArrowLeft':
		case 'ArrowDown':
			return clamp(x - step);
		case 'ArrowRight':
		case 'ArrowUp':
			return clamp(x + step);
		case 'PageDown':
			return clamp(x - 0.25);
		case 'PageUp':
			return clamp(x + 0.25);
		case 'Home':
			return 0;
		case 'End':
			return 1;
		default:
			return null;
	}
}

/** The divider's place for a pointer at `clientX` over a box (a fraction, within 0–1). */
export function swipeAt(clientX: number, box: { left: number; width: number }): number {
	if (box.width <= 0) return 0.5;
	return Math.min(1, Math.max(0, (clientX - box.left) / box.width));
}
