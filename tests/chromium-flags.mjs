/**
 * Flags for Debian's Chromium in tests and the benchmark. WebGL runs in software (SwiftShader);
 * the networking flags stop Chromium's own background requests, which a closed network would
 * refuse, and the resolver rule makes any stray outside lookup fail fast.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--enable-unsafe-swiftshader',
	'--use-angle=swiftshader',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost'
];
