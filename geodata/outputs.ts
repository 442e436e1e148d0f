import { BASEMAP_OUTPUT, buildBasemap, type ReadSource } from './basemap';
import { buildFrontlines } from './frontlines';

/** Every file the pipeline writes under static/data/, by path. */
export function buildOutputs(read: ReadSource): Record<string, string> {
	return { [BASEMAP_OUTPUT]: buildBasemap(read), ...buildFrontlines(read) };
}
