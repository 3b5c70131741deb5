import { parseTheme, THEME_STORAGE_KEY, toggledTheme } from '../lib/reader/theme.ts';

const SYSTEM_DARK = window.matchMedia('(prefers-color-scheme: dark)');

/**
 * A two-state switch: each click shows the other theme. Which face of the button shows (what a
 * click will do) is the stylesheet's job, so it is right from the first paint and when the system changes.
 * The button is hidden in the HTML: without JavaScript it could not work, so it does not show.
 */
export function setUpThemeToggle(button: HTMLButtonElement): void {
  const root = document.documentElement;
  button.addEventListener('click', () => {
    // The pre-paint script put a stored choice on <html>; without storage the choice lives there for this page.
    const choice = toggledTheme(parseTheme(root.dataset.theme), SYSTEM_DARK.matches);
    if (choice === 'auto') delete root.dataset.theme;
    else root.dataset.theme = choice;
    try {
      if (choice === 'auto') localStorage.removeItem(THEME_STORAGE_KEY);
      else localStorage.setItem(THEME_STORAGE_KEY, choice);
    } catch {
      // storage blocked: nothing to remember
    }
  });
  button.hidden = false;
}
