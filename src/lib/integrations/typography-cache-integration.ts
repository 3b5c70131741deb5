import { closeSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { exportTypesetMemo, importTypesetMemo } from '../markdown/typography.ts';

/** Where the typeset texts are kept between builds. */
export const typographyMemoFile = (cacheDir: string) => path.join(cacheDir, 'typography.txt');

/**
 * Keeps typeset paragraphs in `<cacheDir>/typography.txt` between builds: a rebuild of
 * an unchanged collection skips Typograf. A clean build (`rm -rf .cache`) starts empty.
 */

export function typographyCache(cacheDir: string): AstroIntegration {
  const file = typographyMemoFile(cacheDir);
  return {
    name: 'typography-cache',
    hooks: {
      'astro:config:setup': () => {
        try {
          importTypesetMemo(readFileSync(file, 'utf8'));
        } catch {
          // no cache yet
        }
      },
      'astro:build:done': () => {
        mkdirSync(path.dirname(file), { recursive: true });
        const fd = openSync(`${file}.tmp`, 'w');
        try {
          for (const line of exportTypesetMemo()) writeSync(fd, line);
        } finally {
          closeSync(fd);
        }
        renameSync(`${file}.tmp`, file);
      },
    },
  };
}
