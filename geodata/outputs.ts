import { BASEMAP_OUTPUT, buildBasemap, type ReadSource } from './basemap';
import { buildFrontlines } from './frontlines';
import { TREATY_OUTPUT, WORLD_OUTPUT, buildTreaty, buildWorld } from './treaty';

/** Every file the pipeline writes under static/data/, by path. */
export function buildOutputs(read: ReadSource): Record<string, string> {
	return {
		[BASEMAP_OUTPUT]: buildBasemap(read),
		...buildFrontlines(read),
		[WORLD_OUTPUT]: buildWorld(read),
		[TREATY_OUTPUT]: buildTreaty(read)
	};
}
