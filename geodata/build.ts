/**
 * `npm run geodata`: rebuilds everything under static/data/ from the committed sources in
 * geodata/sources/. Any malformed input stops the run with the file and the problem named.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildOutputs } from './outputs';
import { GeodataError } from './lib/errors';
import { OUTPUT_DIR, readSource } from './paths';

function main(): void {
	mkdirSync(OUTPUT_DIR, { recursive: true });
	for (const [name, text] of Object.entries(buildOutputs(readSource))) {
		mkdirSync(dirname(join(OUTPUT_DIR, name)), { recursive: true });
		writeFileSync(join(OUTPUT_DIR, name), text);
		const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
		console.log(
			`static/data/${name}: ${kb(Buffer.byteLength(text))} (${kb(gzipSync(text).length)} gzip)`
		);
	}
}

try {
	main();
} catch (error) {
	if (error instanceof GeodataError) {
		console.error(`geodata: ${error.message}`);
		process.exit(1);
	}
	throw error;
}
