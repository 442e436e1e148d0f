import { m } from './paraglide/messages';

/**
 * Why a part of the page failed to load (a map tile, the map's code, a piece fetched when first
 * used), as a phrase for the reader in the page's language. The browser's and MapLibre's words are
 * English and technical ("AJAXError: Failed to fetch (0): http://…", "Failed to fetch dynamically
 * imported module"): a request that never got an answer and one answered with an HTTP error are
 * the failures a reader can act on (offline, a server's fault), and are said in the page's words,
 * as a data file's are (data-file.ts). Anything else keeps its own message, the only account of it
 * there is.
 */
export function errorReason(error: unknown): string {
	// MapLibre's AJAXError carries the status, 0 when no answer came (its message is English). An
	// error may also come as a plain object with the same fields, as it crossed from a worker.
	const { status, message } =
		typeof error === 'object' && error !== null
			? (error as { status?: unknown; message?: unknown })
			: { status: null, message: error };
	if (typeof status === 'number' && Number.isInteger(status) && status >= 0) {
		return status === 0 ? m.site_why_no_answer() : m.site_file_http({ status });
	}
	if (isNoAnswer(error)) return m.site_why_no_answer();
	// A sentence's own full stop would be doubled by the phrase the reason goes into.
	const said = typeof message === 'string' ? message.trim().replace(/\.$/, '') : '';
	return said || m.site_why_unknown();
}

/** What fetch and a failed dynamic import throw when no answer came (not an HTTP error). */
export function isNoAnswer(error: unknown): boolean {
	return error instanceof TypeError && /fetch|network|load failed/i.test(error.message);
}
