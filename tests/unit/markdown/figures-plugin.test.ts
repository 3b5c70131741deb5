import { describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { figuresPlugin } from '../../../src/lib/markdown/figures-plugin.ts';

const html = async (markdown: string) => (await markdownToHtml(markdown, { hastPlugins: [figuresPlugin] })).html.trim();

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
});
