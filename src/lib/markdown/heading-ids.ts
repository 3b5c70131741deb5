import type { HastPluginEntry } from 'satteri';
import { createUniqueSlugger, toHeadingId } from '../content/slug.ts';

export const HEADING_TAGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

/**
 * Sätteri hast plugin: gives every heading a readable ASCII id (transliterated
 * Russian, starting with a letter), unique within the document. Astro's own heading-ids step runs after
 * user plugins and keeps an existing id, so `render().headings` and the HTML
 * agree. An id the editor set by hand (raw `<h2 id>`) is kept.
 *
 * A factory, so each document gets a fresh set of used ids.
 */
export const headingIdsPlugin: HastPluginEntry = () => {
  const nextSlug = createUniqueSlugger([], toHeadingId);
  return {
    name: 'transliterated-heading-ids',
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
