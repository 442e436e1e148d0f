/**
 * Run before every build (`prebuild`), beside the content check: the build fails on a UI message
 * missing in a language, one extra, one with other placeholders than the English, or one no code
 * uses. See message-check.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileProblems, unusedKeys, type MessageFile } from './message-check';

const root = new URL('../../..', import.meta.url).pathname;
const settings = JSON.parse(
	readFileSync(join(root, 'src/lib/i18n/project.inlang/settings.json'), 'utf8')
) as {
	baseLocale: string;
	locales: string[];
	'plugin.inlang.messageFormat': { pathPattern: string[] };
};

const problems: string[] = [];
const keys: string[] = [];
for (const pattern of settings['plugin.inlang.messageFormat'].pathPattern) {
	const area = /\.\/messages\/([a-z]+)\.\{locale\}\.json$/.exec(pattern)?.[1];
	if (!area) {
		problems.push(`settings.json: ${pattern} is not ./messages/<area>.{locale}.json`);
		continue;
	}
	const files: Record<string, MessageFile> = {};
	for (const locale of settings.locales) {
		const file = join(root, 'src/lib/i18n/messages', `${area}.${locale}.json`);
		try {
			files[locale] = JSON.parse(readFileSync(file, 'utf8'));
		} catch (error) {
			problems.push(`${area}.${locale}.json: ${(error as Error).message}`);
		}
	}
	problems.push(...fileProblems(area, files, settings.baseLocale));
	keys.push(...Object.keys(files[settings.baseLocale] ?? {}).filter((k) => k !== '$schema'));
}

const sources = readdirSync(join(root, 'src'), { recursive: true, withFileTypes: true })
	.filter((entry) => entry.isFile() && /\.(ts|svelte)$/.test(entry.name))
	.map((entry) => join(entry.parentPath, entry.name))
	.filter((file) => !file.includes('/src/lib/paraglide/') && !/\.test\.ts$/.test(file))
	.map((file) => readFileSync(file, 'utf8'));
for (const key of unusedKeys(keys, sources)) problems.push(`${key}: no code uses it`);

if (problems.length) {
	console.error(
		`messages: ${problems.length} problems\n${problems.map((p) => `  ${p}`).join('\n')}`
	);
	process.exit(1);
}
console.log(`messages: ${keys.length} in ${settings.locales.join(', ')}, all used`);
