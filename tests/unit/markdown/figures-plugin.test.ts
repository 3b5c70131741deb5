import { describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { figuresPlugin } from '../../../src/lib/markdown/figures-plugin.ts';

const html = async (markdown: string) => (await markdownToHtml(markdown, { hastPlugins: [figuresPlugin], features: { rawHtml: true } })).html.trim();

describe('figuresPlugin', () => {
  it('makes a picture alone in its paragraph a figure, its title the caption', async () => {
    expect(await html('![Кот на окне](./kot.jpg "Редакционный кот")')).toBe(
      '<figure class="figure"><img src="./kot.jpg" alt="Кот на окне"><figcaption>Редакционный кот</figcaption></figure>',
    );
  });

  it('makes a figure without a caption when there is no title', async () => {
    expect(await html('![Кот](./kot.jpg)')).toBe('<figure class="figure"><img src="./kot.jpg" alt="Кот"></figure>');
  });

  it('leaves a picture inside a sentence where it is', async () => {
    expect(await html('Вот кот ![Кот](./kot.jpg "Кот") на окне.')).toBe('<p>Вот кот <img src="./kot.jpg" alt="Кот" title="Кот"> на окне.</p>');
  });

  it('reads spaces around the picture as nothing, and a caption of spaces as none; trims a caption', async () => {
    expect(await html('<p> <img src="x.png" alt="Кот"> </p>')).toBe('<figure class="figure"><img src="x.png" alt="Кот"></figure>');
    expect(await html('![Кот](./kot.jpg "   ")')).toBe('<figure class="figure"><img src="./kot.jpg" alt="Кот"></figure>');
    expect(await html('![Кот](./kot.jpg "  Подпись  ")')).toBe('<figure class="figure"><img src="./kot.jpg" alt="Кот"><figcaption>Подпись</figcaption></figure>');
  });

  it('leaves a paragraph of two pictures, a linked picture and a lone word as they are', async () => {
    expect(await html('![a](x.png) ![b](y.png)')).toBe('<p><img src="x.png" alt="a"> <img src="y.png" alt="b"></p>');
    expect(await html('[![a](x.png)](/y/)')).toBe('<p><a href="/y/"><img src="x.png" alt="a"></a></p>');
    expect(await html('Слово')).toBe('<p>Слово</p>');
    expect(await html('<div><img src="x.png" alt="a"></div>')).toBe('<div><img src="x.png" alt="a"></div>');
  });

  it('is a plugin Sätteri names in its diagnostics, for paragraphs only', () => {
    expect(figuresPlugin.name).toBe('figures');
    expect((figuresPlugin as { element: { filter: string[] } }).element.filter).toEqual(['p']);
  });
});
