import { describe, expect, it } from 'vitest';
import { SEARCH_QUERY_BUDGET, searchQueryWeight } from '../../../src/lib/tooling/search-weight.ts';

const files = [
  { path: 'pagefind.js', brotli: 12_000 },
  { path: 'pagefind-entry.json', brotli: 130 },
  { path: 'pagefind.ru_8d864f63b4.pf_meta', brotli: 7_000 },
  { path: 'wasm.ru.pagefind', brotli: 58_000 },
  { path: 'index/ru_a.pf_index', brotli: 7_000 },
  { path: 'index/ru_b.pf_index', brotli: 12_000 },
  { path: 'index/ru_c.pf_index', brotli: 9_000 },
  ...Array.from({ length: 12 }, (_, i) => ({ path: `fragment/ru_${i}.pf_fragment`, brotli: 4_000 + i })),
];

describe('searchQueryWeight', () => {
  it('adds the runtime, the largest chunks for the words and the largest fragments for the results drawn', () => {
    const weight = searchQueryWeight(files, { words: 2, results: 10 });
    expect(weight.runtime).toBe(12_000 + 130 + 7_000 + 58_000);
    expect(weight.indexChunks).toBe(12_000 + 9_000);
    expect(weight.fragments).toBe(Array.from({ length: 10 }, (_, i) => 4_011 - i).reduce((a, b) => a + b));
    expect(weight.total).toBe(weight.runtime + weight.indexChunks + weight.fragments);
  });

  it('counts what there is when the index is smaller than the query could use', () => {
    const weight = searchQueryWeight(files.slice(0, 5), { words: 2, results: 10 });
    expect(weight.indexChunks).toBe(7_000);
    expect(weight.fragments).toBe(0);
  });

  it('holds a query at 1000 articles to 150 000 bytes', () => {
    expect(SEARCH_QUERY_BUDGET).toBe(150_000);
  });
});
