import { describe, expect, it } from 'vitest';
import { EXCERPT_WORDS, QUERY_PARAM, RESULTS_PER_PAGE, SEARCH_BUNDLE_FOLDER, SEARCH_PATH, SECTIONS_PER_RESULT } from '../../../src/lib/search/search-config.ts';

describe('search settings', () => {
  it('pin the addresses the pages, the index and the forms share', () => {
    expect([SEARCH_PATH, QUERY_PARAM, SEARCH_BUNDLE_FOLDER]).toEqual(['/poisk/', 'q', 'pagefind']);
    expect([RESULTS_PER_PAGE, SECTIONS_PER_RESULT, EXCERPT_WORDS]).toEqual([10, 3, 24]);
  });
});
