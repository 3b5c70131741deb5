/**
 * Which of the files Pagefind writes a reader's browser needs, given the search script's
 * own results UI and no web worker: pagefind.js, the entry file, each language's metadata,
 * index and fragment files and that language's WebAssembly. Pagefind's ready-made UIs,
 * its highlighter, its worker and the WebAssembly of languages the site does not have are
 * left out of dist/: nothing would load them.
 */
/** `paths` are relative to the bundle folder, with forward slashes. */
export function bundleFilesToKeep(paths: readonly string[], entryJson: string): string[] {
  const wasm = new Set(languagesOf(entryJson).map((language) => `wasm.${language.wasm ?? 'unknown'}.pagefind`));
  return paths
    .filter(
      (name) =>
        name === 'pagefind.js' ||
        name === 'pagefind-entry.json' ||
        /^pagefind\.[\w-]+\.pf_meta$/.test(name) ||
        /^(index|fragment|filter)\/[\w-]+\.pf_(index|fragment|filter)$/.test(name) ||
        wasm.has(name),
    )
    .sort();
}

interface EntryLanguage {
  wasm?: string;
  page_count?: number;
}

function languagesOf(entryJson: string): EntryLanguage[] {
  const entry = JSON.parse(entryJson) as { languages?: Record<string, EntryLanguage> };
  return Object.values(entry.languages ?? {});
}

/** Pages in the index, as pagefind-entry.json counts them: pages Pagefind saw but did not index (no data-pagefind-body) are not among them. */
export function indexedPages(entryJson: string): number {
  return languagesOf(entryJson).reduce((sum, language) => sum + (language.page_count ?? 0), 0);
}
