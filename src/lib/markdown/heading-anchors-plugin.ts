import type { HastPluginDefinition } from 'satteri';
import { ui } from '../../ui-strings.ts';

/**
 * Sätteri hast plugin: puts a link to itself beside each section heading, made at
 * build time so it works without JavaScript. The heading is wrapped as
 * `div.heading > [h2, a]`: the link stays out of the heading's text, so the TOC
 * and screen readers' heading lists read the title alone.
 */
export const headingAnchorsPlugin: HastPluginDefinition = {
  name: 'heading-anchors',
  element: {
    filter: ['h2', 'h3'],
    visit(node, ctx) {
      const id = node.properties?.id;
      if (typeof id !== 'string' || id === '') return;
      ctx.wrapNode(node, {
        type: 'element',
        tagName: 'div',
        properties: { className: ['heading', `heading--${node.tagName}`] },
        children: [
          {
            type: 'element',
            tagName: 'a',
            // Out of the search index: its «#» would show in the excerpts («…хрупкое. # Под…»).
            properties: { className: ['heading__anchor'], href: `#${id}`, ariaLabel: ui.headingAnchorLabel(ctx.textContent(node)), dataPagefindIgnore: '' },
            children: [{ type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] }],
          },
        ],
      });
    },
  },
};
