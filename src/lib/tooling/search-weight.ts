/**
 * What one search fetches, at most, from the files of Pagefind's bundle (paths relative to
 * dist/pagefind/, each with its brotli size): pagefind.js, the entry file, the language's
 * metadata and WebAssembly, the index chunks the query's words fall in, and the fragments
 * of the results drawn at once. Chunks and fragments are counted at their largest, so the
 * figure bounds any query of up to `words` words.
 */
export interface BundleFile {
  path: string;
  brotli: number;
}

export interface QueryWeight {
  /** pagefind.js, entry, metadata, WebAssembly: fetched once, at the first query. */
  runtime: number;
  indexChunks: number;
  fragments: number;
  total: number;
}

export function searchQueryWeight(files: readonly BundleFile[], { words, results }: { words: number; results: number }): QueryWeight {
  const sizes = (pattern: RegExp) => files.filter((file) => pattern.test(file.path)).map((file) => file.brotli);
  const largest = (values: number[], count: number) => [...values].sort((a, b) => b - a).slice(0, count).reduce((sum, value) => sum + value, 0);
  const runtime = sizes(/^(pagefind\.js|pagefind-entry\.json|pagefind\.[\w-]+\.pf_meta|wasm\.[\w-]+\.pagefind)$/).reduce((sum, value) => sum + value, 0);
  const indexChunks = largest(sizes(/^index\/.+\.pf_index$/), words);
  const fragments = largest(sizes(/^fragment\/.+\.pf_fragment$/), results);
  return { runtime, indexChunks, fragments, total: runtime + indexChunks + fragments };
}

/** A query on a site of 1000 articles fetches at most this many bytes (brotli). */
export const SEARCH_QUERY_BUDGET = 150_000;
