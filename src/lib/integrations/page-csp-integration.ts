import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { pageOwnCsp } from '../site/page-csp.ts';

/**
 * Once the pages are written, each page's policy lists the hashes of its own inline code alone
 * (see pageOwnCsp). At astro:build:generated, so the pages are final when the search index reads them.
 */
export function pageOwnCspIntegration(): AstroIntegration {
  return {
    name: 'page-own-csp',
    hooks: {
      'astro:build:generated': ({ dir }) => {
        const root = fileURLToPath(dir);
        for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
          if (!file.endsWith('.html')) continue;
          const full = path.join(root, file);
          const html = readFileSync(full, 'utf8');
          const trimmed = pageOwnCsp(html);
          if (trimmed !== html) writeFileSync(full, trimmed);
        }
      },
    },
  };
}
