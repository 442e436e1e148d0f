import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GeodataError } from './lib/errors';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SOURCES_DIR = join(ROOT, 'geodata', 'sources');
export const OUTPUT_DIR = join(ROOT, 'static', 'data');

/** Reads a committed source by its path under geodata/sources/; a missing file names itself. */
export function readSource(path: string): Buffer {
	try {
		return readFileSync(join(SOURCES_DIR, path));
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code ?? String(error);
		throw new GeodataError(`geodata/sources/${path}`, `cannot be read (${code})`);
	}
}
