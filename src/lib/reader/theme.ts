/**
 * The reader's theme choice: follow the system, or force light or dark.
 *
 * src/scripts/theme-init.js is inlined as text at the start of <body> (CSP-hashed in astro.config.mjs),
 * so it runs before anything paints: it puts a stored choice on <html data-theme> (a stored theme never
 * flashes the other one) and adds the `js` class that lets CSS use layouts needing the scripts (the
 * sticky TOC bar on phones). Plain JS, not bundled, with the storage key below written out.
 */
export type ThemeChoice = 'auto' | 'light' | 'dark';
export type Theme = 'light' | 'dark';

export const THEME_STORAGE_KEY = 'theme';

/** Whatever storage holds (nothing, junk, an old value), the result is a valid choice. */
export function parseTheme(stored: string | null | undefined): ThemeChoice {
  return stored === 'light' || stored === 'dark' ? stored : 'auto';
}

/** The theme on screen: the one chosen, else the system's. */
export function shownTheme(choice: ThemeChoice, systemDark: boolean): Theme {
  return choice === 'auto' ? (systemDark ? 'dark' : 'light') : choice;
}

/**
 * The choice after a click on the switch: always the other theme, so every click shows a change.
 * A choice equal to the system's is not kept: the page follows the system again.
 */
export function toggledTheme(choice: ThemeChoice, systemDark: boolean): ThemeChoice {
  const other: Theme = shownTheme(choice, systemDark) === 'dark' ? 'light' : 'dark';
  return other === shownTheme('auto', systemDark) ? 'auto' : other;
}
