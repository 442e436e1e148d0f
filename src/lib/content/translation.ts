/*
 * The story in another language: a translation is a flat list of the English content's text
 * fields, each by its path (`milestones/istanbul-communique/title`), with the words in that
 * language. Ids, dates, codes, links, names of authors and titles of works stay as written; a
 * quote stays in its original language and its translation goes beside it, as `quoteTranslation`.
 * The localized content is the English content with those fields replaced, so it passes through
 * the same schemas and the same code.
 */

/** Path of a text field → its text in the other language. */
export type Translation = Readonly<Record<string, string>>;

/** Fields that are data, not prose, anywhere in the content. */
const DATA_KEYS = new Set([
	'id',
	'work',
	'date',
	'precision',
	'kind',
	'frame',
	'layers',
	'document',
	'milestone',
	'url',
	'country',
	'authors',
	'roles',
	'lonLat',
	'to',
	'version',
	'unitSymbol',
	'titleFrom',
	'titleLanguage'
]);

/** Fields kept as published, by the top-level list they are in. */
const KEPT_BY_LIST: Readonly<Record<string, ReadonlySet<string>>> = {
	// A work's title and publisher are cited as published; only the atlas's note is translated.
	works: new Set(['title', 'originalTitle', 'publisher'])
};

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A list item's segment: its id where it has one, its index otherwise. */
function itemSegment(item: unknown, index: number): string {
	return isRecord(item) && typeof item.id === 'string' ? item.id : String(index);
}

function keepsText(
	path: readonly string[],
	key: string,
	record: Readonly<Record<string, unknown>>
): boolean {
	if (DATA_KEYS.has(key)) return true;
	// A title the atlas wrote (the work had none at hand) is the atlas's prose, not a citation.
	if (key === 'title' && record.titleFrom === 'atlas') return false;
	// A milestone's venues are ids; the content's top-level venues are prose.
	if (key === 'venues' && path.length > 0) return true;
	if (KEPT_BY_LIST[path[0]]?.has(key)) return true;
	// A spelling never to geocode is a spelling, not prose.
	return key === 'name' && path.includes('notToConfuseWith');
}

/**
 * Walks the content's prose: calls `visit` with the path and text of every translatable string,
 * and `replace` lets the caller give a new value (used by `localizeContent`).
 */
function walk(
	value: unknown,
	path: string[],
	visit: (path: string, text: string, key: string) => void
): void {
	if (Array.isArray(value)) {
		value.forEach((item, index) => {
			const segment = itemSegment(item, index);
			if (typeof item === 'string') visit([...path, segment].join('/'), item, segment);
			else walk(item, [...path, segment], visit);
		});
		return;
	}
	if (!isRecord(value)) return;
	for (const [key, field] of Object.entries(value)) {
		if (keepsText(path, key, value)) continue;
		if (typeof field === 'string') visit([...path, key].join('/'), field, key);
		else walk(field, [...path, key], visit);
	}
}

/** Every translatable text of the content, by path, in the content's own order. */
export function textPaths(content: object): Map<string, string> {
	const paths = new Map<string, string>();
	walk(content, [], (path, text) => paths.set(path, text));
	return paths;
}

/** Words in a translation that are not yet Ukrainian: no Cyrillic letter at all. */
const CYRILLIC = /\p{Script=Cyrillic}/u;

/**
 * What is wrong with a translation of the content: a text without its translation, a translation
 * of a text that is not there (the English changed shape), an empty or untranslated one.
 */
export function translationProblems(content: object, translation: Translation): string[] {
	const problems: string[] = [];
	const paths = textPaths(content);
	for (const path of paths.keys()) {
		const text = translation[path];
		if (text === undefined) problems.push(`${path}: no translation`);
		else if (!text.trim()) problems.push(`${path}: empty translation`);
		else if (!CYRILLIC.test(text)) problems.push(`${path}: not translated (${text.slice(0, 40)})`);
	}
	for (const path of Object.keys(translation))
		if (!paths.has(path)) problems.push(`${path}: translates nothing in the English content`);
	return problems;
}

/**
 * The content in the translation's language: every text replaced by its translation (the English
 * where one is missing: the build's check fails on that, this never does), quotes kept as said
 * with their translation beside them.
 */
export function localizeContent<T>(content: T, translation: Translation): T {
	const copy = (value: unknown, path: string[]): unknown => {
		if (Array.isArray(value))
			return value.map((item, index) => {
				const segment = itemSegment(item, index);
				if (typeof item === 'string') return translation[[...path, segment].join('/')] ?? item;
				return copy(item, [...path, segment]);
			});
		if (!isRecord(value)) return value;
		const out: Record<string, unknown> = {};
		for (const [key, field] of Object.entries(value)) {
			if (keepsText(path, key, value)) out[key] = field;
			else if (typeof field === 'string') {
				const translated = translation[[...path, key].join('/')];
				if (key === 'quote') {
					out.quote = field;
					if (translated !== undefined) out.quoteTranslation = translated;
				} else out[key] = translated ?? field;
			} else out[key] = copy(field, [...path, key]);
		}
		return out;
	};
	return copy(content, []) as T;
}
