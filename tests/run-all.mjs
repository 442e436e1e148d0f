/**
 * `npm test`: every check the project has, in order, with one total at the end.
 * Type check and lint count as one check each; unit and browser tests count per test.
 * The last line is always `N passed, N failed` (CI reads it).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_PATH } from './chromium-flags.mjs';

const out = 'test-results';
mkdirSync(out, { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };
const rows = [];

function run(label, command, args, env = {}) {
	console.log(`\n━━ ${label}: ${[command, ...args].join(' ')}`);
	const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
	return result.status === 0;
}

function count(label, passed, failed, skipped = 0) {
	totals.passed += passed;
	totals.failed += failed;
	totals.skipped += skipped;
	rows.push(
		`${label.padEnd(22)} ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`
	);
}

function check(label, command, args) {
	const ok = run(label, command, args);
	count(label, ok ? 1 : 0, ok ? 0 : 1);
	return ok;
}

function readJson(path) {
	try {
		return JSON.parse(readFileSync(path, 'utf8'));
	} catch {
		return null;
	}
}

const bin = (name) => join('node_modules', '.bin', name);

// The message functions (src/lib/paraglide) and svelte-kit sync's generated types are what
// svelte-check reads; making them is setup, not a check.
run('messages', 'npm', ['run', '--silent', 'i18n']);
run('sync', bin('svelte-kit'), ['sync']);
check('svelte-check', bin('svelte-check'), ['--tsconfig', './tsconfig.json', '--fail-on-warnings']);
check('lint', 'npm', ['run', '--silent', 'lint']);

const vitestJson = join(out, 'vitest.json');
rmSync(vitestJson, { force: true });
run('unit tests', bin('vitest'), [
	'run',
	'--reporter=default',
	'--reporter=json',
	`--outputFile.json=${vitestJson}`
]);
const unit = readJson(vitestJson);
if (unit)
	count(
		'unit tests',
		unit.numPassedTests,
		unit.numFailedTests,
		unit.numPendingTests + unit.numTodoTests
	);
else count('unit tests', 0, 1);

const built = check('build', 'npm', ['run', '--silent', 'build']);
const chromium = CHROMIUM_PATH;
if (!built) {
	count('browser tests', 0, 1);
} else if (!existsSync(chromium)) {
	console.error(
		`\nNo Chromium at ${chromium}: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH.`
	);
	count('browser tests', 0, 1);
} else {
	const pwJson = join(out, 'playwright.json');
	rmSync(pwJson, { force: true });
	const ok = run('browser tests', bin('playwright'), ['test'], {
		PW_JSON: pwJson,
		PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1'
	});
	const stats = readJson(pwJson)?.stats;
	const passed = stats ? stats.expected + stats.flaky : 0;
	const failed = stats ? stats.unexpected : 0;
	// A run that could not start (a busy port, a broken config) reports no failed test but exits
	// non-zero, or runs nothing: either counts as a failure, never as a clean run.
	const broken = !stats || (!ok && failed === 0) || passed + failed === 0;
	count('browser tests', passed, failed + (broken ? 1 : 0), stats?.skipped ?? 0);
}

const summary = `${totals.passed} passed, ${totals.failed} failed`;
writeFileSync(join(out, 'summary.txt'), summary + '\n');
console.log(`\n━━ summary\n${rows.join('\n')}\n`);
console.log(summary);
process.exitCode = totals.failed > 0 || totals.skipped > 0 ? 1 : 0;
