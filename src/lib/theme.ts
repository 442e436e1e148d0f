import { m } from './paraglide/messages';
import { shorten } from './reflected-text';

/** The looks the atlas has: light, dark for dim rooms, high contrast for washed-out projectors. */
export const THEMES = ['light', 'dark', 'contrast'] as const;
export type Theme = (typeof THEMES)[number];

/** A theme's name, in the page's language. */
export function themeLabel(theme: Theme): string {
	const labels: Record<Theme, () => string> = {
		light: m.atlas_theme_light,
		dark: m.atlas_theme_dark,
		contrast: m.atlas_theme_contrast
	};
	return labels[theme]();
}

export function isTheme(value: string): value is Theme {
	return (THEMES as readonly string[]).includes(value);
}

/**
 * `?theme=` as the atlas and the embed both read it: a theme, or the light one with a notice.
 * One reader, so the two pages cannot drift apart in what they accept or say.
 */
export function parseThemeParam(value: string): { theme: Theme; notice: string | null } {
	if (isTheme(value)) return { theme: value, notice: null };
	return { theme: 'light', notice: m.atlas_notice_bad_theme({ value: shorten(value) }) };
}
