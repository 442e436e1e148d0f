import { BASEMAP_OUTPUT, buildBasemap, type ReadSource } from './basemap';

/** Every file the pipeline writes under static/data/, by name. */
export function buildOutputs(read: ReadSource): Record<string, string> {
	return { [BASEMAP_OUTPUT]: buildBasemap(read) };
}
