/** A heading as Astro's `render()` reports it. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocItem {
  slug: string;
  text: string;
  children: TocItem[];
}

export interface TocOptions {
  /** Shallowest heading level listed (h1 is the page title, so 2). */
  minDepth?: number;
  /** Deepest heading level listed. */
  maxDepth?: number;
}

/**
 * Nests headings into a tree. A heading becomes a child of the nearest earlier
 * heading that is shallower; a heading with none (an h3 before any h2, or the
 * first heading after a skipped level) stays at the top, so nothing is lost.
 */
export function buildToc(headings: readonly Heading[], options: TocOptions = {}): TocItem[] {
  const { minDepth = 2, maxDepth = 3 } = options;
  const root: TocItem[] = [];
  const open: { depth: number; item: TocItem }[] = [];
  const seen = new Set<string>();

  for (const heading of headings) {
    if (heading.depth < minDepth || heading.depth > maxDepth) continue;
    // Two links to one id would mark two entries current at once.
    if (seen.has(heading.slug)) continue;
    seen.add(heading.slug);

    const item: TocItem = { slug: heading.slug, text: heading.text.trim(), children: [] };
    while (open.length > 0 && open[open.length - 1]!.depth >= heading.depth) open.pop();
    const parent = open[open.length - 1];
    (parent ? parent.item.children : root).push(item);
    open.push({ depth: heading.depth, item });
  }
  return root;
}

/** Every slug in the tree, in document order. */
export function flattenToc(items: readonly TocItem[]): string[] {
  return items.flatMap((item) => [item.slug, ...flattenToc(item.children)]);
}
