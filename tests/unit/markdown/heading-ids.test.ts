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

describe('headingIdsPlugin never takes an id that is already spoken for', () => {
  it('leaves the layout its own ids', async () => {
    const { html } = await markdownToHtml('## main\n\n## toc-title\n', { hastPlugins: [headingIdsPlugin] });
    expect(html).toContain('<h2 id="main-2">main</h2>');
    expect(html).toContain('<h2 id="toc-title-2">toc-title</h2>');
  });

  it('slugs around an id written by hand later in a Markdown file', async () => {
    const { html } = await markdownToHtml('## Итоги\n\nтекст\n\n<h2 id="itogi">Итоги</h2>\n', { hastPlugins: [headingIdsPlugin] });
    expect(html).toContain('<h2 id="itogi-2">Итоги</h2>');
    expect(html).toContain('<h2 id="itogi">Итоги</h2>');
  });

  it('slugs around an id written by hand in raw HTML with single quotes, or none', async () => {
    const { html } = await markdownToHtml("## Итоги\n\n## Вывод\n\n<div id='itogi'><span id=vyvod></span></div>\n", { hastPlugins: [headingIdsPlugin] });
    expect(html).toContain('<h2 id="itogi-2">Итоги</h2>');
    expect(html).toContain('<h2 id="vyvod-2">Вывод</h2>');
  });

  it('slugs around an id on an MDX tag later in the file', async () => {
    const { code } = await mdxToJs('## Итоги\n\nтекст\n\n<h2 id="itogi">Итоги</h2>\n', { hastPlugins: [headingIdsPlugin] });
    expect(code).toContain('"itogi-2"');
    expect(code).toContain('id: "itogi"');
  });

  it('leaves footnotes their ids', async () => {
    const source = '## Footnote label\n\n## User content fn 1\n\nТекст[^1].\n\n[^1]: Примечание.\n';
    const { html } = await markdownToHtml(source, { hastPlugins: [headingIdsPlugin] });
    expect(html).toContain('<h2 id="footnote-label-2">Footnote label</h2>');
    expect(html).toContain('<h2 id="user-content-fn-1-2">User content fn 1</h2>');
    expect(html).toContain('<li id="user-content-fn-1">');
  });
});
