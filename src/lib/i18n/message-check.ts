/*
 * What is wrong with the UI messages (src/lib/i18n/messages/<area>.<locale>.json): a message one
 * language lacks or has extra, one whose placeholders differ between languages, one in the wrong
 * area's file, one no code uses. Pure functions; check-messages.ts runs them before every build.
 */

/** A message as the inlang message format stores it: text, or variants (plurals) as JSON. */
export type MessageValue = string | readonly unknown[] | Record<string, unknown>;
export type MessageFile = Readonly<Record<string, MessageValue>>;

/** The placeholders a message takes: `{count}` in text, `input count` in a variant message. */
export function placeholders(value: MessageValue): string[] {
	const names = new Set<string>();
	const json = typeof value === 'string' ? value : JSON.stringify(value);
	for (const match of json.matchAll(/\{\s*([A-Za-z_][\w]*)\s*\}/g)) names.add(match[1]);
	for (const match of json.matchAll(/"input ([A-Za-z_]\w*)"/g)) names.add(match[1]);
	return [...names].sort();
}

function isEmpty(value: MessageValue): boolean {
	return typeof value === 'string' ? value.trim() === '' : JSON.stringify(value).length < 3;
}

/**
 * Problems between an area's files: `files` by locale, the base locale's being the source. A
 * message's key must start with its area (`atlas_…` in atlas.<locale>.json).
 */
export function fileProblems(
	area: string,
	files: Readonly<Record<string, MessageFile>>,
	baseLocale: string
): string[] {
	const problems: string[] = [];
	const base = files[baseLocale] ?? {};
	const keys = (file: MessageFile) => Object.keys(file).filter((key) => key !== '$schema');
	for (const key of keys(base))
		if (!key.startsWith(`${area}_`))
			problems.push(`${area}.${baseLocale}.json: ${key} belongs in the file of its own area`);
	for (const [locale, file] of Object.entries(files)) {
		for (const key of keys(file)) {
			if (isEmpty(file[key])) problems.push(`${area}.${locale}.json: ${key} is empty`);
			if (locale === baseLocale) continue;
			if (!(key in base)) {
				problems.push(`${area}.${locale}.json: ${key} is not an English message`);
				continue;
			}
			const want = placeholders(base[key]).join(', ');
			const have = placeholders(file[key]).join(', ');
			if (want !== have)
				problems.push(`${area}.${locale}.json: ${key} takes {${have}}, the English {${want}}`);
		}
		if (locale !== baseLocale)
			for (const key of keys(base))
				if (!(key in file)) problems.push(`${area}.${locale}.json: ${key} is missing`);
	}
	return problems;
}

/** Keys no source file uses as `m.key(` or `m['key']`. */
export function unusedKeys(keys: readonly string[], sources: readonly string[]): string[] {
	const used = new Set<string>();
	for (const source of sources)
		for (const match of source.matchAll(
			/\bm\s*(?:\.\s*([A-Za-z_]\w*)|\[\s*'([A-Za-z_]\w*)'\s*\])/g
		))
			used.add(match[1] ?? match[2]);
	return keys.filter((key) => !used.has(key));
}
