/**
 * Ids the page layout gives its own elements. A heading or an element in an
 * article must never take one: a link to it would land on the layout instead.
 */
export const PAGE_IDS = {
  main: 'main',
  tocTitle: 'toc-title',
} as const;

export const RESERVED_IDS: readonly string[] = Object.values(PAGE_IDS);
