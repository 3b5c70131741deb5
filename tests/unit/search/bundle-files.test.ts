import { describe, expect, it } from 'vitest';
import { bundleFilesToKeep, indexedPages } from '../../../src/lib/search/bundle-files.ts';

// What Pagefind 1.6 writes for a Russian site, by name.
const WRITTEN = [
  'fragment/ru_0ee33db.pf_fragment',
  'index/ru_1f96ed0.pf_index',
  'pagefind-component-ui.css',
  'pagefind-component-ui.js',
  'pagefind-entry.json',
  'pagefind-highlight.js',
  'pagefind-modular-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-ui.css',
  'pagefind-ui.js',
  'pagefind-worker.js',
  'pagefind.js',
  'pagefind.ru_8d864f63b4.pf_meta',
  'wasm.ru.pagefind',
  'wasm.unknown.pagefind',
];
const ENTRY = '{"version":"1.6.0","languages":{"ru":{"hash":"ru_8d864f63b4","wasm":"ru","page_count":5}}}';

describe('bundleFilesToKeep', () => {
  it('keeps the script, entry, metadata, index, fragments and the WebAssembly of the site’s language', () => {
    expect(bundleFilesToKeep(WRITTEN, ENTRY)).toEqual([
      'fragment/ru_0ee33db.pf_fragment',
      'index/ru_1f96ed0.pf_index',
      'pagefind-entry.json',
      'pagefind.js',
      'pagefind.ru_8d864f63b4.pf_meta',
      'wasm.ru.pagefind',
    ]);
  });

  it('leaves out the ready-made UIs, the highlighter and the worker, which the page never loads', () => {
    const kept = bundleFilesToKeep(WRITTEN, ENTRY);
    expect(kept.filter((file) => /ui|highlight|worker/.test(file))).toEqual([]);
  });

  it('keeps the fallback WebAssembly when a language has no stemmer of its own, and filter files', () => {
    const entry = '{"languages":{"xx":{"hash":"xx_1","wasm":"unknown","page_count":1}}}';
    expect(bundleFilesToKeep(['wasm.unknown.pagefind', 'wasm.ru.pagefind', 'filter/xx_1.pf_filter'], entry)).toEqual(['filter/xx_1.pf_filter', 'wasm.unknown.pagefind']);
  });
});

describe('indexedPages', () => {
  it('counts the pages of every language in the index', () => {
    expect(indexedPages(ENTRY)).toBe(5);
    expect(indexedPages('{"languages":{"ru":{"page_count":3},"en":{"page_count":2}}}')).toBe(5);
    expect(indexedPages('{"languages":{}}')).toBe(0);
  });
});
