/** Articles per front page: keeps every page of the list well inside the article page's byte budget. */
export const ARTICLES_PER_PAGE = 20;

export interface PageInfo<T> {
  /** 1-based. */
  number: number;
  count: number;
  items: T[];
}

/** Splits a list into pages; an empty list still has page 1, which says there is nothing yet. */
export function paginate<T>(items: readonly T[], perPage: number = ARTICLES_PER_PAGE): PageInfo<T>[] {
  if (!Number.isInteger(perPage) || perPage < 1) throw new RangeError(`perPage must be a positive integer, got ${perPage}`);
  const count = Math.max(1, Math.ceil(items.length / perPage));
  return Array.from({ length: count }, (_, i) => ({ number: i + 1, count, items: items.slice(i * perPage, (i + 1) * perPage) }));
}

/** Stable addresses: page 1 is the front page `/`, then `/page/2/`, `/page/3/`… (site-relative, before the base). */
export function pagePath(number: number): string {
  if (!Number.isInteger(number) || number < 1) throw new RangeError(`page number must be a positive integer, got ${number}`);
  return number === 1 ? '/' : `/page/${number}/`;
}

export type PaginationItem = { kind: 'page'; number: number; current: boolean } | { kind: 'gap' };

/**
 * The page links to show: first, last, and a window around the current page,
 * with gaps between: 1 … 4 5 [6] 7 8 … 50. Every page stays reachable in a few steps.
 */
export function paginationItems(current: number, count: number, radius = 2): PaginationItem[] {
  const shown = new Set<number>([1, count]);
  for (let n = current - radius; n <= current + radius; n++) if (n >= 1 && n <= count) shown.add(n);
  const numbers = [...shown].sort((a, b) => a - b);
  const items: PaginationItem[] = [];
  numbers.forEach((number, index) => {
    const previous = numbers[index - 1];
    if (previous !== undefined && number - previous > 1) {
      // A gap of one page is shown as that page: a link is no longer than an ellipsis.
      if (number - previous === 2) items.push({ kind: 'page', number: previous + 1, current: false });
      else items.push({ kind: 'gap' });
    }
    items.push({ kind: 'page', number, current: number === current });
  });
  return items;
}
