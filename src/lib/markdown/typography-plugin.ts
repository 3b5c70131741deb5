import type { Parents, Root, RootContent } from 'hast';
import type { HastPluginDefinition } from 'satteri';
import { typeset } from './typography.ts';

/** Text inside these is code or machine-read, and stays exactly as written (in MDX too, where a hand-written `<kbd>` is a JSX element). */
const UNTOUCHED = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style', 'var', 'math', 'svg']);

type TreeNode = Root | RootContent | { type: string; name?: string | null; children?: TreeNode[] };

/**
 * Typesets every text of a tree that the plugin below would, and throws the results away:
 * they stay in the memo. The typeset-ahead process (src/cli/typeset-ahead.ts) runs it over
 * articles parsed without plugins, which gives the plugin's texts at a fraction of a compile's cost.
 */
export function typesetTexts(node: TreeNode): void {
  if (node.type === 'text' && 'value' in node) {
    typeset(node.value);
    return;
  }
  const tag = node.type === 'element' && 'tagName' in node ? node.tagName : 'name' in node ? node.name : undefined;
  if (UNTOUCHED.has(tag ?? '')) return;
  if ('children' in node && node.children) for (const child of node.children) typesetTexts(child as TreeNode);
}

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
