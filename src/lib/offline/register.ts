/**
 * Registers the offline copy's service worker, if this browsing context may have one. Never
 * throws: in a frame sandboxed without allow-same-origin, merely reading
 * `navigator.serviceWorker` throws (a SecurityError), and the atlas must work there as online.
 */
export function registerServiceWorker(nav: Navigator, url: string): void {
	try {
		if (!('serviceWorker' in nav)) return;
		void nav.serviceWorker.register(url).catch(() => {
			// No offline copy (private mode, blocked): the atlas works online as before.
		});
	} catch {
		// Sandboxed: no offline copy either.
	}
}
