/** Whether this browser can give MapLibre 6 the WebGL 2 context it requires. */
export function hasWebGL2(doc: Document = document): boolean {
	try {
		return doc.createElement('canvas').getContext('webgl2') !== null;
	} catch {
		return false;
	}
}
