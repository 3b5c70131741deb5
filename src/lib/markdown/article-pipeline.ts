import type { Features, HastPluginList } from 'satteri';
import { headingIdsPlugin } from './heading-ids.ts';
import { figuresPlugin } from './figures-plugin.ts';
import { footnotesPlugin, russianFootnotes } from './footnotes-plugin.ts';
import { typographyPlugin } from './typography-plugin.ts';
import { headingAnchorsPlugin } from './heading-anchors-plugin.ts';
import { createBaseLinksPlugin } from './base-links-plugin.ts';

/**
 * The Sätteri hast plugins every article goes through, for the build and the benchmark alike.
 * Order matters: lone pictures made figures (their captions then typeset), ids from the plain text, the footnotes' heading made visible, then
 * typography, then anchors labelled with the typeset text, then links under the base.
 */
export function articleHastPlugins(base: string): HastPluginList {
  return [figuresPlugin, headingIdsPlugin, footnotesPlugin, typographyPlugin, headingAnchorsPlugin, createBaseLinksPlugin(base)];
}

/** Quotes and dashes are Russian typography's job, not SmartyPants' English quotes; footnotes speak Russian. */
export const ARTICLE_FEATURES = { smartPunctuation: false, gfm: russianFootnotes } satisfies Features;
