import { reportFetchFailure, reportResponse } from './offline/network-status';
import { m } from './paraglide/messages';

/** A data file that did not arrive, or arrived but is not what the app expects. */
export class DataFileError extends Error {
	constructor(url: string, problem: string) {
		super(`${url}: ${problem}`);
		this.name = 'DataFileError';
	}
}

/** Fetches a JSON data file from the app's own origin; every failure names the file. */
export async function fetchJson(url: string, fetcher: typeof fetch = fetch): Promise<unknown> {
	let response: Response;
	try {
		response = await fetcher(url);
	} catch {
		reportFetchFailure();
		throw new DataFileError(url, m.site_file_unreachable());
	}
	// Every data request is also evidence of whether the network works (see network-status.ts).
	reportResponse(response);
	if (!response.ok) throw new DataFileError(url, m.site_file_http({ status: response.status }));
	try {
		return await response.json();
	} catch {
		throw new DataFileError(url, m.site_file_not_json());
	}
}
