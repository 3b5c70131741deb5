import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { bundleFilesToKeep, indexedPages } from '../search/bundle-files.ts';
import { SEARCH_BUNDLE_FOLDER } from '../search/search-config.ts';
import { searchIndexLogLine } from '../search/index-report.ts';

interface BuiltIndex {
  byPath: Map<string, Uint8Array>;
  entryJson: string;
}

/** Pagefind's files for every page under `site` marked data-pagefind-body. */
async function indexPages(site: string, language: string): Promise<BuiltIndex> {
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
  return { byPath, entryJson: Buffer.from(entry).toString('utf8') };
}

/**
 * Builds the search index over the finished pages with Pagefind's Node API: every page
 * marked data-pagefind-body (the article pages) is indexed, nothing else. The index is
 * plain files in dist/pagefind/, so any static host serves it. Pagefind's binary comes
 * from npm (@pagefind/<platform>), so the build downloads nothing.
 *
 * Pagefind starts once the pages are final (astro:build:generated, after the page policies
 * are trimmed) and `startAfter` has resolved, and works in its own process while the other
 * integrations finish (the cards' copy, the sitemap); its files are written at astro:build:done.
 * The build passes the card process's end as `startAfter`: the two processes are the build's
 * largest besides Astro's own, and side by side they would raise its peak by ~0.35 GB.
 */
export function searchIndex({ language, startAfter }: { language: string; startAfter?: () => Promise<void> }): AstroIntegration {
  let indexing: { result: Promise<BuiltIndex>; started: () => number } | undefined;
  return {
    name: 'search-index',
    hooks: {
      'astro:build:generated': ({ dir }) => {
        const site = fileURLToPath(dir);
        let started = 0;
        const result = (startAfter?.() ?? Promise.resolve()).then(() => {
          started = performance.now();
          return indexPages(site, language);
        });
        // Awaited at astro:build:done, which reports a failure; until then it must not count as unhandled.
        result.catch(() => {});
        indexing = { result, started: () => started };
      },
      'astro:build:done': async ({ dir, logger }) => {
        try {
          if (!indexing) throw new Error('the search index was not started: astro:build:generated did not run');
          const { byPath, entryJson } = await indexing.result;
          const out = path.join(fileURLToPath(dir), SEARCH_BUNDLE_FOLDER);
          rmSync(out, { recursive: true, force: true });
          let bytes = 0;
          for (const file of bundleFilesToKeep([...byPath.keys()], entryJson)) {
            const content = byPath.get(file)!;
            mkdirSync(path.dirname(path.join(out, file)), { recursive: true });
            writeFileSync(path.join(out, file), content);
            bytes += content.byteLength;
          }
          logger.info(searchIndexLogLine({ pages: indexedPages(entryJson), bytes, seconds: (performance.now() - indexing.started()) / 1000 }));
        } finally {
          // The service is a child process: left open, it would keep the build from exiting.
          await pagefind.close();
        }
      },
    },
  };
}
