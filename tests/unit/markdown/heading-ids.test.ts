import { describe, expect, it } from 'vitest';
import { markdownToHtml, mdxToJs } from 'satteri';
import { headingIdsPlugin } from '../../../src/lib/markdown/heading-ids.ts';

describe('headingIdsPlugin in Sätteri', () => {
  it('gives headings transliterated, unique ids', async () => {
    const { html } = await markdownToHtml('## Итоги\n\nтекст\n\n## Итоги\n\n### Что дальше?\n', { hastPlugins: [headingIdsPlugin] });
    expect(html).toContain('<h2 id="itogi">Итоги</h2>');
    expect(html).toContain('<h2 id="itogi-2">Итоги</h2>');
    expect(html).toContain('<h3 id="chto-dalshe">Что дальше?</h3>');
  });

  it('starts afresh for every document', async () => {
    const first = await markdownToHtml('## Итоги\n', { hastPlugins: [headingIdsPlugin] });
    const second = await markdownToHtml('## Итоги\n', { hastPlugins: [headingIdsPlugin] });
    expect(first.html).toBe(second.html);
  });

  it('keeps an id written by hand', async () => {
    const { html } = await markdownToHtml('<h2 id="svoy">Итоги</h2>\n', { hastPlugins: [headingIdsPlugin] });
    expect(html).toContain('id="svoy"');
  });

  it('runs in the MDX pipeline too', async () => {
    const { code } = await mdxToJs('## Итоги\n', { hastPlugins: [headingIdsPlugin] });
    expect(code).toContain('"itogi"');
  });
});
