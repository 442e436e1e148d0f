import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/chromium';

const PORT = 4173;

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.e2e.ts',
	// SwiftShader renders in software on 2 cores: one map at a time keeps timings sane.
	workers: 1,
	fullyParallel: false,
	forbidOnly: !!process.env.CI,
	retries: 0,
	timeout: 60_000,
	expect: { timeout: 15_000 },
	reporter: process.env.PW_JSON
		? [['list'], ['json', { outputFile: process.env.PW_JSON }]]
		: 'list',
	use: {
		baseURL: `http://localhost:${PORT}`,
		...devices['Desktop Chrome'],
		viewport: { width: 1280, height: 800 },
		launchOptions: chromiumLaunchOptions(),
		// The app's service worker would answer requests that tests route to fail; the offline
		// test allows it for itself.
		serviceWorkers: 'block'
	},
	webServer: {
		// The vite binary directly: a killed npx wrapper would leave the server holding the port.
		command: `node node_modules/vite/bin/vite.js preview --port ${PORT} --strictPort`,
		port: PORT,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000
	}
});
