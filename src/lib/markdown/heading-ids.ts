import type { HastPluginEntry } from 'satteri';
import { createUniqueSlugger, toHeadingId } from '../content/slug.ts';
import { RESERVED_IDS } from '../site/page-ids.ts';

export const HEADING_TAGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

/** The loose shape shared by hast elements, MDX tags and raw HTML nodes, as far as ids go. */
interface NodeWithIds {
  type: string;
  properties?: Readonly<Record<string, unknown>>;
  attributes?: readonly { type: string; name?: string; value?: unknown }[];
  value?: unknown;
  children?: readonly NodeWithIds[];
}

/**
 * An `id=` inside a tag of raw HTML (what Markdown keeps of `<h2 id="itogi">`).
 * It may also catch `id=` written inside another attribute's value or a comment;
 * reserving an id nobody uses costs a heading nothing but a `-2`.
 */
const RAW_ID = /<[a-z][^>]*?\sid\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gi;

/**
 * Every id already in the document before headings get theirs: written by hand
 * (raw HTML in Markdown, tags in MDX) or made by Sätteri (footnotes), wherever
 * in the file it stands, since a heading earlier on must not take it first.
 */
function idsInDocument(node: Readonly<NodeWithIds>, ids = new Set<string>()): Set<string> {
  const own = node.properties?.id;
  if (typeof own === 'string') ids.add(own);
  for (const attribute of node.attributes ?? []) {
    if (attribute.type === 'mdxJsxAttribute' && attribute.name === 'id' && typeof attribute.value === 'string') ids.add(attribute.value);
  }
  if (node.type === 'raw' && typeof node.value === 'string') {
    for (const [, double, single, bare] of node.value.matchAll(RAW_ID)) ids.add(double ?? single ?? bare ?? '');
  }
  for (const child of node.children ?? []) idsInDocument(child, ids);
  return ids;
}

/**
 * Sätteri hast plugin: gives every heading a readable ASCII id (transliterated
 * Russian, starting with a letter), unique within the document and never one
 * the page layout or another element of the document already has. Astro's own
 * heading-ids step runs after user plugins and keeps an existing id, so
 * `render().headings` and the HTML agree. An id the editor set by hand is kept.
 *
 * A factory, so each document gets a fresh set of used ids.
 */
export const headingIdsPlugin: HastPluginEntry = () => {
  let nextSlug = createUniqueSlugger(RESERVED_IDS, toHeadingId);
  return {
    name: 'transliterated-heading-ids',
    before(root, ctx) {
      // Only hand-written tags and footnotes bring ids of their own. Most articles have
      // neither, and walking the whole tree in JS would cost them ~2 ms for nothing.
      const mayHaveIds = /\sid\s*=|\[\^/.test(ctx.source);
      nextSlug = createUniqueSlugger([...RESERVED_IDS, ...(mayHaveIds ? idsInDocument(root) : [])], toHeadingId);
    },
    element: {
      filter: HEADING_TAGS,
      visit(node, ctx) {
        const existing = node.properties?.id;
        if (typeof existing === 'string' && existing !== '') return;
        ctx.setProperty(node, 'id', nextSlug(ctx.textContent(node)));
      },
    },
  };
};
