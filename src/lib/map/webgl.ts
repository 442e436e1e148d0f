/**
 * Whether this browser has WebGL 2 at all, without making a context: a context made only to ask
 * costs tens of milliseconds of the page's load in software WebGL. Whether one can be made is
 * known when the map makes its own (MapLibre throws a `GPUInitializationError` if it cannot).
 */
export function mayHaveWebGL2(scope: object = globalThis): boolean {
	return (
		typeof (scope as { WebGL2RenderingContext?: unknown }).WebGL2RenderingContext === 'function'
	);
}
