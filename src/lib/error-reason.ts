import { m } from './paraglide/messages';

/**
 * Why a part of the page failed to load (a map tile, the map's code, a piece fetched when first
 * used), as a phrase for the reader in the page's language. The browser's and MapLibre's words are
 * English and technical ("AJAXError: Failed to fetch (0): http://…", "Failed to fetch dynamically
 * imported module"): a request that got no answer and one answered with an HTTP error are the
 * failures a reader can act on (offline, a server's fault), and are said in the page's words, as a
 * data file's are (data-file.ts). Anything else keeps its own message, the only account of it
 * there is.
 */
export function errorReason(error: unknown): string {
	// MapLibre's AJAXError carries the status, 0 when no answer came (its message is English). An
	// error may also come as a plain object with the same fields, as it crossed from a worker.
	const status = field(error, 'status');
	if (status === 0 || isNoAnswer(error)) return m.site_why_no_answer();
	if (typeof status === 'number' && Number.isInteger(status) && status >= 100 && status < 600) {
		return m.site_file_http({ status });
	}
	return ownWords(error) || m.site_why_unknown();
}

/**
 * What browsers throw when a fetch or a module got no answer (Chromium, Firefox, Safari, in that
 * order for each), and what Vite's loader throws when a piece's stylesheet did not come, which is
 * usually what fails first offline. Anchored: a TypeError that merely names a fetch is not one.
 */
const NO_ANSWER =
	/^(Failed to fetch|NetworkError when attempting to fetch|Load failed|error loading dynamically imported module|Importing a module script failed|Unable to preload CSS)/i;

/** Whether a fetch, a module or its stylesheet got no answer (not an HTTP error). */
export function isNoAnswer(error: unknown): boolean {
	return error instanceof Error && NO_ANSWER.test(error.message);
}

/**
 * An error's own message as a phrase to put in parentheses: trimmed, without the full stop the
 * sentence around it would double; empty if it has none.
 */
export function ownWords(error: unknown): string {
	const message = typeof error === 'string' ? error : field(error, 'message');
	return typeof message === 'string' ? message.trim().replace(/\.$/, '') : '';
}

/** A field of a thrown value, whatever was thrown (an Error, a worker's plain object, anything). */
function field(error: unknown, name: 'status' | 'message'): unknown {
	return typeof error === 'object' && error !== null
		? (error as Record<string, unknown>)[name]
		: undefined;
}
