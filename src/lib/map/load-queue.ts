/**
 * Writes to a map that arrive before its style has loaded wait for it; only the latest of each
 * kind is kept. (Not `isStyleLoaded()`: that is false again whenever a source is loading, and a
 * write queued then would never run.) `first` kinds run before the others once it has.
 */
export function createLoadQueue(
	onLoad: (run: () => void) => void,
	first: readonly string[] = []
): (kind: string, write: () => void) => void {
	const waiting = new Map<string, () => void>();
	let loaded = false;
	onLoad(() => {
		loaded = true;
		const rank = (kind: string) => (first.includes(kind) ? 0 : 1);
		const ordered = [...waiting].sort(([a], [b]) => rank(a) - rank(b));
		waiting.clear();
		for (const [, write] of ordered) write();
	});
	return (kind, write) => {
		if (loaded) write();
		else waiting.set(kind, write);
	};
}
