import type { HastPluginDefinition } from 'satteri';
import { typeset } from './typography.ts';

/** Text inside these is code or machine-read, and stays exactly as written. */
const UNTOUCHED = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style', 'var', 'math', 'svg']);

/**
 * Sätteri hast plugin: Russian typography on every text node of the body, at
 * build time, so the Markdown stays plain. It runs after the heading-ids plugin,
 * so ids come from the untouched heading text.
 */
export const typographyPlugin: HastPluginDefinition = {
  name: 'russian-typography',
  text(node, ctx) {
    for (let parent = ctx.parent(node); parent; parent = parent.type === 'root' ? undefined : ctx.parent(parent)) {
      if (parent.type === 'element' && UNTOUCHED.has(parent.tagName)) return;
    }
    const value = typeset(node.value);
    if (value !== node.value) return { type: 'text', value };
  },
};
