import type { Features, HastPluginDefinition } from 'satteri';
import { ui } from '../../ui-strings.ts';

/**
 * Sätteri's own GFM option for the footnotes' words (`features.gfm` in
 * astro.config.mjs): the section title and the back-links' accessible names,
 * in Russian instead of «Footnotes» and «Back to reference 1».
 */
export const russianFootnotes = {
  footnotes: { label: ui.footnotesTitle, backLabel: ui.footnoteBackLabel },
} satisfies Features['gfm'];

/**
 * Sätteri hast plugin: the footnotes' heading becomes a real, visible section
 * heading. Sätteri marks it `sr-only`, a class meant to hide it from sight; here
 * the notes end the article as a section of their own, so sighted readers need
 * the title too.
 *
 * It stays an h2 with its id, so the TOC lists «Примечания» as its last entry
 * and the heading gets an anchor link like any section: in a long article the
 * notes are a place readers jump to. It must run before the heading-anchors
 * plugin, which wraps the heading and so takes it out of its section.
 */
export const footnotesPlugin: HastPluginDefinition = {
  name: 'visible-footnotes-heading',
  element: {
    filter: ['h2'],
    visit(node, ctx) {
      const section = ctx.parent(node);
      if (section.type !== 'element' || section.tagName !== 'section' || !section.properties?.dataFootnotes) return;
      ctx.setProperty(node, 'className', ['footnotes__title']);
    },
  },
};
