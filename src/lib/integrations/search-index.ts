import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { bundleFilesToKeep, indexedPages } from '../search/bundle-files.ts';
import { SEARCH_BUNDLE_FOLDER } from '../search/search-config.ts';
import { searchIndexLogLine } from '../search/index-report.ts';

/**
 * Builds the search index over the finished dist/ with Pagefind's Node API: every page
 * marked data-pagefind-body (the article pages) is indexed, nothing else. The index is
 * plain files in dist/pagefind/, so any static host serves it. Pagefind's binary comes
 * from npm (@pagefind/<platform>), so the build downloads nothing.
 */
export function searchIndex({ language }: { language: string }): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        const out = path.join(site, SEARCH_BUNDLE_FOLDER);
        try {
          // One language for the whole index: the search page finds it whatever lang a page declares.
          const created = await pagefind.createIndex({ forceLanguage: language });
          const index = created.index;
          if (!index) throw new Error(created.errors.join('\n'));
          const added = await index.addDirectory({ path: site, glob: '**/*.html' });
          if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
          const { files, errors } = await index.getFiles();
          if (errors.length > 0) throw new Error(errors.join('\n'));
          const byPath = new Map(files.map((file) => [file.path.replace(/\\/g, '/'), file.content]));
          const entry = byPath.get('pagefind-entry.json');
          if (!entry) throw new Error('Pagefind wrote no pagefind-entry.json');
          const entryJson = Buffer.from(entry).toString('utf8');
          rmSync(out, { recursive: true, force: true });
          let bytes = 0;
          for (const file of bundleFilesToKeep([...byPath.keys()], entryJson)) {
            const content = byPath.get(file)!;
            mkdirSync(path.dirname(path.join(out, file)), { recursive: true });
            writeFileSync(path.join(out, file), content);
            bytes += content.byteLength;
          }
          logger.info(searchIndexLogLine({ pages: indexedPages(entryJson), bytes, seconds: (performance.now() - started) / 1000 }));
        } finally {
          // The service is a child process: left open, it would keep the build from exiting.
          await pagefind.close();
        }
      },
    },
  };
}
