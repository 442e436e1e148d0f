import { shorten } from './reflected-text';

/** The looks the atlas has: light, dark for dim rooms, high contrast for washed-out projectors. */
export const THEMES = ['light', 'dark', 'contrast'] as const;
export type Theme = (typeof THEMES)[number];

export const THEME_LABELS: Record<Theme, string> = {
	light: 'Light',
	dark: 'Dark',
	contrast: 'High contrast'
};

export function isTheme(value: string): value is Theme {
	return (THEMES as readonly string[]).includes(value);
}

/**
 * `?theme=` as the atlas and the embed both read it: a theme, or the light one with a notice.
 * One reader, so the two pages cannot drift apart in what they accept or say.
 */
export function parseThemeParam(value: string): { theme: Theme; notice: string | null } {
	if (isTheme(value)) return { theme: value, notice: null };
	return { theme: 'light', notice: `“${shorten(value)}” is not a theme; showing the light one.` };
}
