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
