import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nextTheme, parseTheme, THEME_STORAGE_KEY } from '../../../src/lib/reader/theme.ts';

describe('theme choice', () => {
  it('cycles auto → light → dark → auto', () => {
    expect([nextTheme('auto'), nextTheme('light'), nextTheme('dark')]).toEqual(['light', 'dark', 'auto']);
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
