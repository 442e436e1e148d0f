export interface ScreenPoint {
	id: string;
	x: number;
	y: number;
}

/**
 * Points closer than `minPx` on screen, gathered into groups (in the order given; each group
 * led by its first point). Two venue buttons that overlap cannot both be hit with a finger.
 */
export function groupNear(points: readonly ScreenPoint[], minPx: number): ScreenPoint[][] {
	const groups: ScreenPoint[][] = [];
	for (const point of points) {
		const near = groups.find((group) =>
			group.some((other) => Math.hypot(other.x - point.x, other.y - point.y) < minPx)
		);
		if (near) near.push(point);
		else groups.push([point]);
	}
	return groups;
}

/** How much further in a group must be zoomed for its closest two points to be `minPx` apart. */
export function zoomToSeparate(group: readonly ScreenPoint[], minPx: number): number {
	let closest = Infinity;
	for (let i = 0; i < group.length; i++) {
		for (let j = i + 1; j < group.length; j++) {
			closest = Math.min(closest, Math.hypot(group[i].x - group[j].x, group[i].y - group[j].y));
		}
	}
	if (!Number.isFinite(closest)) return 0;
	return Math.max(0, Math.log2(minPx / Math.max(closest, 0.5)));
}
