import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nextTheme, parseTheme, THEME_STORAGE_KEY } from '../../../src/lib/reader/theme.ts';

describe('theme choice', () => {
  it('cycles auto → light → dark → auto', () => {
    expect([nextTheme('auto'), nextTheme('light'), nextTheme('dark')]).toEqual(['light', 'dark', 'auto']);
  });

  it('treats anything unknown in storage as auto', () => {
    expect([parseTheme(null), parseTheme('blue'), parseTheme('dark')]).toEqual(['auto', 'auto', 'dark']);
  });

  it('uses the same storage key as the inline pre-paint script', () => {
    const init = readFileSync(new URL('../../../src/scripts/theme-init.js', import.meta.url), 'utf8');
    expect(init).toContain(`localStorage.getItem('${THEME_STORAGE_KEY}')`);
  });
});
