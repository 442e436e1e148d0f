/**
 * Whether this browser has WebGL 2 at all, without making a context: a context made only to ask
 * costs tens of milliseconds of the page's load in software WebGL. Whether one can be made is
 * known when the map makes its own (`hasWebGL2` then tells why it failed).
 */
export function mayHaveWebGL2(scope: object = globalThis): boolean {
	return (
		typeof (scope as { WebGL2RenderingContext?: unknown }).WebGL2RenderingContext === 'function'
	);
}

/** Whether this browser can give MapLibre 6 the WebGL 2 context it requires. */
export function hasWebGL2(doc: Document = document): boolean {
	try {
		return doc.createElement('canvas').getContext('webgl2') !== null;
	} catch {
		return false;
	}
}
