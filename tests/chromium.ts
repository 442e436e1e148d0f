import type { LaunchOptions } from '@playwright/test';

/**
 * Debian's Chromium, never a downloaded browser. WebGL runs in software (SwiftShader); the
 * networking flags stop Chromium's own background requests, which this machine's closed network
 * would refuse, and the resolver rule makes any stray outside lookup fail fast.
 */
export function chromiumLaunchOptions(): LaunchOptions {
	return {
		executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
		args: [
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
		]
	};
}
