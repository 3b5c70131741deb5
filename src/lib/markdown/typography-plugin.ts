import type { Parents } from 'hast';
import type { HastPluginDefinition } from 'satteri';
import { typeset } from './typography.ts';

/** Text inside these is code or machine-read, and stays exactly as written (in MDX too, where a hand-written `<kbd>` is a JSX element). */
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
      // A hast element, or a JSX element in MDX (null for a fragment).
      const tag = parent.type === 'element' ? parent.tagName : parent.name;
      if (UNTOUCHED.has(tag ?? '')) return undefined;
      parent = ctx.parent(parent);
    }
    const value = typeset(node.value);
    return value === node.value ? undefined : { type: 'text', value };
  },
};
