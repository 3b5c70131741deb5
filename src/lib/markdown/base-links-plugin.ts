import type { HastPluginDefinition } from 'satteri';
import { withBase } from '../site/site-url.ts';

const URL_PROPERTIES: Record<string, string> = { a: 'href', img: 'src', source: 'src', video: 'src', audio: 'src' };

/** `/a/` → `/sub/a/`; leaves `//host`, `https:`, `#x`, `a/b` and paths already under the base alone. */
export function rebaseRootPath(base: string, value: string): string {
  if (!value.startsWith('/') || value.startsWith('//')) return value;
  if (base !== '/' && (value === base.slice(0, -1) || value.startsWith(base))) return value;
  return withBase(base, value);
}

/**
 * Sätteri hast plugin: editors write site links as `[на главную](/)`; under a
 * sub-path (GitHub Pages) those must become `/sub/`, or they leave the site.
 */
export function createBaseLinksPlugin(base: string): HastPluginDefinition {
  return {
    name: 'base-path-links',
    element: {
      filter: Object.keys(URL_PROPERTIES),
      visit(node, ctx) {
        const property = URL_PROPERTIES[node.tagName]!;
        const value = node.properties?.[property];
        if (typeof value !== 'string') return;
        const rebased = rebaseRootPath(base, value);
        if (rebased !== value) ctx.setProperty(node, property, rebased);
      },
    },
  };
}
