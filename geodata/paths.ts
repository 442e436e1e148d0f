import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GeodataError } from './lib/errors';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SOURCES_DIR = join(ROOT, 'geodata', 'sources');
export const OUTPUT_DIR = join(ROOT, 'static', 'data');

const require = createRequire(import.meta.url);

/**
 * Reads a source: a committed file by its path under geodata/sources/, or a file of a pinned npm
 * package as `npm:<package>/<file>` (the world atlas). A missing file names itself.
 */
export function readSource(path: string): Buffer {
	try {
		if (path.startsWith('npm:')) return readFileSync(require.resolve(path.slice(4)));
		return readFileSync(join(SOURCES_DIR, path));
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code ?? String(error);
		const file = path.startsWith('npm:') ? path : `geodata/sources/${path}`;
		throw new GeodataError(file, `cannot be read (${code})`);
	}
}
