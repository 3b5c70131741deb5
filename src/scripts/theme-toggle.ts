import { nextTheme, parseTheme, THEME_STORAGE_KEY, type ThemeChoice } from '../lib/reader/theme.ts';

function readStored(): string | null {
  try {
    return localStorage.getItem(THEME_STORAGE_KEY);
  } catch {
    return null; // storage blocked: the choice just lasts for this page
  }
}

function applyTheme(theme: ThemeChoice): void {
  if (theme === 'auto') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
  try {
    if (theme === 'auto') localStorage.removeItem(THEME_STORAGE_KEY);
    else localStorage.setItem(THEME_STORAGE_KEY, theme);
  } catch {
    // storage blocked: nothing to remember
  }
}

/** The toggle is hidden in the HTML: without JavaScript it could not work, so it does not show. */
export function setUpThemeToggle(button: HTMLButtonElement): void {
  const nameSlot = button.querySelector<HTMLElement>('[data-theme-name]');
  const names = JSON.parse(button.dataset.themeNames ?? '{}') as Record<ThemeChoice, string>;
  let theme = parseTheme(readStored());
  const render = () => {
    if (nameSlot) nameSlot.textContent = names[theme] ?? theme;
  };
  button.addEventListener('click', () => {
    theme = nextTheme(theme);
    applyTheme(theme);
    render();
  });
  render();
  button.hidden = false;
}
