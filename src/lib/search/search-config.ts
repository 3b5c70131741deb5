/**
 * Facts the search page, the search form on every page, the index build and the size
 * check share. Paths are site-relative, without the base: links take url() of them.
 */

/** The search page: «поиск». */
export const SEARCH_PATH = '/poisk/';

/** The query parameter the forms send and the search page reads: /poisk/?q=доверие. */
export const QUERY_PARAM = 'q';

/** Where Pagefind's index and its script live in dist/, and so under the base on the host. */
export const SEARCH_BUNDLE_FOLDER = 'pagefind';

/** Results whose excerpts are fetched at once (one fragment file each); «Показать ещё» fetches the next as many. */
export const RESULTS_PER_PAGE = 10;

/** Section links shown under a result: enough to see where the match is, not a second TOC. */
export const SECTIONS_PER_RESULT = 3;

/** Words of context around a match in an excerpt (Pagefind's default is 30; a phone shows about this many). */
export const EXCERPT_WORDS = 24;
