import type { Parents } from 'hast';
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
    let parent: Readonly<Parents> | undefined = ctx.parent(node);
    while (parent && parent.type !== 'root') {
      if (parent.type === 'element' && UNTOUCHED.has(parent.tagName)) return undefined;
      parent = ctx.parent(parent);
    }
    const value = typeset(node.value);
    return value === node.value ? undefined : { type: 'text', value };
  },
};
