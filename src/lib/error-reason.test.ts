import { describe, expect, it } from 'vitest';
import { errorReason, isNoAnswer, ownWords } from './error-reason';
import { m } from './paraglide/messages';
import { getLocale, overwriteGetLocale } from './paraglide/runtime';

/** The shape of MapLibre's AJAXError: its message is English, its status the part that counts. */
class AjaxLike extends Error {
	constructor(
		readonly status: number,
		statusText: string,
		url: string
	) {
		super(`AJAXError: ${statusText} (${status}): ${url}`);
	}
}

describe('errorReason', () => {
	it('says a request that got no answer in the page’s words, not MapLibre’s', () => {
		const reason = errorReason(new AjaxLike(0, 'Failed to fetch', 'http://x/data/tiles/3/4/2.pbf'));
		expect(reason).toBe('no answer — offline?');
		expect(reason).toBe(m.site_why_no_answer());
	});

	it('knows each browser’s words for a fetch or a module that got no answer, and Vite’s', () => {
		for (const thrown of [
			new TypeError('Failed to fetch'),
			new TypeError('Failed to fetch dynamically imported module: http://x/_app/a.js'),
			new TypeError('NetworkError when attempting to fetch resource.'),
			new TypeError('error loading dynamically imported module: http://x/_app/a.js'),
			new TypeError('Load failed'),
			new TypeError('Importing a module script failed.'),
			new Error('Unable to preload CSS for /_app/immutable/assets/ShareDialog.css')
		]) {
			expect(isNoAnswer(thrown), thrown.message).toBe(true);
			expect(errorReason(thrown)).toBe(m.site_why_no_answer());
		}
		// Only at the start: an error that merely names a fetch is another error.
		const other = new TypeError("Cannot read properties of undefined (reading 'fetchTile')");
		expect(isNoAnswer(other)).toBe(false);
		expect(errorReason(other)).toBe(other.message);
	});

	it('gives an HTTP error its status alone', () => {
		expect(errorReason(new AjaxLike(503, 'Service Unavailable', 'http://x/t.pbf'))).toBe(
			'HTTP 503'
		);
		// An error passed on as a plain object (from a worker) keeps its status too.
		expect(errorReason({ status: 404, message: 'AJAXError: Not Found (404)' })).toBe('HTTP 404');
		// A number that is no HTTP status is not read as one.
		expect(errorReason({ status: 1, message: 'odd' })).toBe('odd');
	});

	it('in Ukrainian, says the same in Ukrainian', () => {
		const restore = getLocale;
		overwriteGetLocale(() => 'uk');
		try {
			expect(errorReason(new AjaxLike(0, 'Failed to fetch', 'u'))).toBe(
				'немає відповіді — немає мережі?'
			);
			expect(errorReason(undefined)).toBe('причину не вказано');
		} finally {
			overwriteGetLocale(restore);
		}
	});

	it('keeps any other error’s own words, without a full stop to double', () => {
		expect(errorReason(new Error('Unimplemented type: 4'))).toBe('Unimplemented type: 4');
		expect(errorReason(new Error('The file is not a tile.'))).toBe('The file is not a tile');
		expect(errorReason('a string thrown')).toBe('a string thrown');
		expect(errorReason(new TypeError('x is not a function'))).toBe('x is not a function');
		// As a worker passes it on: a plain object with a message.
		expect(errorReason({ message: 'Unimplemented type: 3' })).toBe('Unimplemented type: 3');
	});

	it('says so when there is nothing to go on', () => {
		for (const nothing of [undefined, null, {}, new Error(''), '  ', 42, { status: -1 }]) {
			expect(errorReason(nothing)).toBe(m.site_why_unknown());
		}
	});
});

describe('ownWords', () => {
	it('is an error’s message, trimmed and without its full stop; empty when there is none', () => {
		expect(ownWords(new Error(' Bad tile. '))).toBe('Bad tile');
		expect(ownWords(new Error('Why?'))).toBe('Why?');
		expect(ownWords('thrown')).toBe('thrown');
		expect(ownWords(undefined)).toBe('');
		expect(ownWords({ message: 7 })).toBe('');
	});
});
