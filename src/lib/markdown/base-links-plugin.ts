import type { HastPluginDefinition, HastVisitorContext, MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'satteri';
import { withBase } from '../site/site-url.ts';

const URL_PROPERTIES: Record<string, string> = { a: 'href', img: 'src', source: 'src', video: 'src', audio: 'src' };
const TAGS = Object.keys(URL_PROPERTIES);

/**
 * `/a/` → `/sub/a/`; leaves `//host`, `https:`, `#x`, `a/b` and paths already under
 * the base alone: `/sub/…`, and `/sub` itself, also with a query or a fragment.
 */
export function rebaseRootPath(base: string, value: string): string {
  if (!value.startsWith('/') || value.startsWith('//')) return value;
  const root = base.slice(0, -1);
  if (value.startsWith(root) && /^(?:$|[/?#])/.test(value.slice(root.length))) return value;
  return withBase(base, value);
}

/**
 * Sätteri hast plugin: editors write site links as `[на главную](/)`; under a
 * sub-path (GitHub Pages) those must become `/sub/`, or they leave the site.
 * In MDX, tags written by hand (`<video src="/clip.mp4">`, `<a href="/">`) are
 * JSX elements, not hast elements: their literal attributes are rebased too;
 * an expression (`src={…}`) is the author's own code and is left alone.
 */
export function createBaseLinksPlugin(base: string): HastPluginDefinition {
  const rebaseJsx = (node: Readonly<MdxJsxFlowElementHast | MdxJsxTextElementHast>, ctx: HastVisitorContext) => {
    const property = URL_PROPERTIES[node.name ?? '']!;
    const value = node.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === property)?.value;
    if (typeof value !== 'string') return;
    const rebased = rebaseRootPath(base, value);
    if (rebased !== value) ctx.setProperty(node, property, rebased);
  };
  return {
    name: 'base-path-links',
    element: {
      filter: TAGS,
      visit(node, ctx) {
        const property = URL_PROPERTIES[node.tagName]!;
        const value = node.properties?.[property];
        if (typeof value !== 'string') return;
        const rebased = rebaseRootPath(base, value);
        if (rebased !== value) ctx.setProperty(node, property, rebased);
      },
    },
    mdxJsxFlowElement: { filter: TAGS, visit: rebaseJsx },
    mdxJsxTextElement: { filter: TAGS, visit: rebaseJsx },
  };
}
