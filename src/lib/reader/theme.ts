/** The reader's theme choice: follow the system, or force light or dark. */
export type ThemeChoice = 'auto' | 'light' | 'dark';

export const THEME_STORAGE_KEY = 'theme';

const THEME_ORDER: readonly ThemeChoice[] = ['auto', 'light', 'dark'];

/** The toggle cycles: as the system → light → dark → as the system. */
export function nextTheme(current: ThemeChoice): ThemeChoice {
  return THEME_ORDER[(THEME_ORDER.indexOf(current) + 1) % THEME_ORDER.length]!;
}

/** Whatever storage holds (nothing, junk, an old value), the result is a valid choice. */
export function parseTheme(stored: string | null | undefined): ThemeChoice {
  return stored === 'light' || stored === 'dark' ? stored : 'auto';
}
