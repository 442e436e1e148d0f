import { sveltekit } from '@sveltejs/kit/vite';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

/** The data's own version: the service worker keeps data stored at runtime while this holds. */
function dataVersion(dir = 'static/data'): string {
	const hash = createHash('sha256');
	const files = readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name))
		.sort();
	for (const file of files) hash.update(file).update(readFileSync(file));
	return hash.digest('hex').slice(0, 12);
}

export default defineConfig({
	plugins: [sveltekit()],
	define: { __DATA_VERSION__: JSON.stringify(dataVersion()) },
	test: {
		include: ['src/**/*.test.ts', 'geodata/**/*.test.ts'],
		environment: 'node',
		// The content as written, as the build loads it (see src/lib/content/load.ts).
		setupFiles: ['src/lib/content/data/setup-tests.ts'],
		expect: { requireAssertions: true }
	}
});
