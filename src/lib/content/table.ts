/**
 * A list of content items with an index by id, both filled later (see load.ts): the list and the
 * map handed out stay the same objects, so modules that imported them see the content once set.
 */
export function contentTable<T extends { id: string }>() {
	const list: T[] = [];
	const byId = new Map<string, T>();
	return {
		list: list as readonly T[],
		byId: byId as ReadonlyMap<string, T>,
		set(items: readonly T[]): void {
			list.splice(0, list.length, ...items);
			byId.clear();
			for (const item of items) byId.set(item.id, item);
		}
	};
}
