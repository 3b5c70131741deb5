import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTheme, shownTheme, THEME_STORAGE_KEY, toggledTheme, type ThemeChoice } from '../../../src/lib/reader/theme.ts';

describe('theme choice', () => {
  it('shows the chosen theme, else the system one', () => {
    expect([shownTheme('auto', false), shownTheme('auto', true)]).toEqual(['light', 'dark']);
    expect([shownTheme('light', true), shownTheme('dark', false)]).toEqual(['light', 'dark']);
  });

  it('changes what is shown on every click, on a light and on a dark system', () => {
    for (const systemDark of [false, true]) {
      let choice: ThemeChoice = 'auto';
      const shown = [shownTheme(choice, systemDark)];
      for (let click = 0; click < 4; click++) {
        choice = toggledTheme(choice, systemDark);
        shown.push(shownTheme(choice, systemDark));
      }
      const [first, second] = systemDark ? ['dark', 'light'] : ['light', 'dark'];
      expect(shown).toEqual([first, second, first, second, first]);
    }
  });

  it('keeps a choice only while it differs from the system, so clicking back follows the system again', () => {
    expect([toggledTheme('auto', false), toggledTheme('dark', false)]).toEqual(['dark', 'auto']);
    expect([toggledTheme('auto', true), toggledTheme('light', true)]).toEqual(['light', 'auto']);
    // A choice stored when the system was the other way round still flips what is shown.
    expect([toggledTheme('light', false), toggledTheme('dark', true)]).toEqual(['dark', 'light']);
  });

  it('treats anything unknown in storage as auto', () => {
    expect([parseTheme(null), parseTheme(undefined), parseTheme(''), parseTheme('blue'), parseTheme('Dark')]).toEqual(['auto', 'auto', 'auto', 'auto', 'auto']);
  });

  it('keeps a stored light or dark choice', () => {
    expect([parseTheme('light'), parseTheme('dark'), parseTheme('auto')]).toEqual(['light', 'dark', 'auto']);
  });

  it('stores the choice under the key «theme»', () => {
    expect(THEME_STORAGE_KEY).toBe('theme');
  });

  it('uses the same storage key as the inline pre-paint script', () => {
    const init = readFileSync(new URL('../../../src/scripts/theme-init.js', import.meta.url), 'utf8');
    expect(init).toContain(`localStorage.getItem('${THEME_STORAGE_KEY}')`);
  });
});
