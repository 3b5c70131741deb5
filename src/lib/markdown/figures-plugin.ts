import type { HastPluginDefinition } from 'satteri';
import type { ElementContent, Properties } from 'hast';

interface HastChild {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
}

/**
 * Sätteri hast plugin: a picture that stands alone in its paragraph becomes a
 * `<figure>`, and its Markdown title (`![Что на ней](./foto.jpg "Подпись")`) a
 * `<figcaption>` under it. A figure is a block of its own, so the responsive
 * `<picture>` Astro makes of the image is never inside a `<p>`. A picture inside
 * a sentence stays where it is.
 */
export const figuresPlugin: HastPluginDefinition = {
  name: 'figures',
  element: {
    filter: ['p'],
    visit(node, ctx) {
      const children = (node.children ?? []) as readonly HastChild[];
      const meaningful = children.filter((child) => !(child.type === 'text' && !/\S/.test(child.value ?? '')));
      const image = meaningful[0];
      if (meaningful.length !== 1 || image?.type !== 'element' || image.tagName !== 'img') return;
      const { title, ...properties } = image.properties ?? {};
      const caption = typeof title === 'string' && title.trim() !== '' ? title.trim() : undefined;
      const figure: ElementContent[] = [{ type: 'element', tagName: 'img', properties: properties as Properties, children: [] }];
      if (caption) figure.push({ type: 'element', tagName: 'figcaption', properties: {}, children: [{ type: 'text', value: caption }] });
      ctx.replaceNode(node, { type: 'element', tagName: 'figure', properties: { className: ['figure'] }, children: figure });
    },
  },
};
