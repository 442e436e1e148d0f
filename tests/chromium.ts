import type { LaunchOptions } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium-flags.mjs';

/** Debian's Chromium, never a downloaded browser (see chromium-flags.mjs). */
export function chromiumLaunchOptions(): LaunchOptions {
	return { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] };
}
