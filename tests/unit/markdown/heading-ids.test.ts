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

describe('headingIdsPlugin, every heading and only headings', () => {
  it('is named for error messages', () => {
    expect((headingIdsPlugin as () => { name: string })().name).toBe('transliterated-heading-ids');
  });

  it('gives an id to headings of every level', async () => {
    const { html } = await markdownToHtml('# Один\n\n## Два\n\n### Три\n\n#### Четыре\n\n##### Пять\n\n###### Шесть\n', { hastPlugins: [headingIdsPlugin] });
    expect(html).toBe(
      '<h1 id="odin">Один</h1>\n<h2 id="dva">Два</h2>\n<h3 id="tri">Три</h3>\n<h4 id="chetyre">Четыре</h4>\n<h5 id="pyat">Пять</h5>\n<h6 id="shest">Шесть</h6>\n',
    );
  });

  it('keeps an id an earlier plugin gave the heading, but not an empty one', async () => {
    const earlier = {
      name: 'earlier',
      element: {
        filter: ['h2'],
        visit(node: object, ctx: { textContent(node: object): string; setProperty(node: object, name: string, value: string): void }) {
          ctx.setProperty(node, 'id', ctx.textContent(node) === 'Свой' ? 'svoy-id' : '');
        },
      },
    };
    const { html } = await markdownToHtml('## Свой\n\n## Пустой\n', { hastPlugins: [earlier as never, headingIdsPlugin] });
    expect(html).toBe('<h2 id="svoy-id">Свой</h2>\n<h2 id="pustoy">Пустой</h2>\n');
  });

  it('reads an id with spaces around the equals sign in raw HTML', async () => {
    const { html } = await markdownToHtml('## Вывод\n\n<p id = "vyvod"></p>\n', { hastPlugins: [headingIdsPlugin] });
    expect(html).toContain('<h2 id="vyvod-2">Вывод</h2>');
  });

  it('does not take an id written as text, in code, for a raw tag', async () => {
    const { html } = await markdownToHtml('`<b id="itogi">`\n\n## Итоги\n', { hastPlugins: [headingIdsPlugin] });
    expect(html).toContain('<h2 id="itogi">Итоги</h2>');
  });

  it('takes the id attribute of an MDX component, not its other attributes', async () => {
    const { code } = await mdxToJs('<Note id="itogi" class="vyvod" title="zaklyuchenie" />\n\n## Итоги\n\n## Вывод\n\n## Заключение\n', { hastPlugins: [headingIdsPlugin] });
    expect(code.match(/id: "[^"]*"/g)).toEqual(['id: "itogi"', 'id: "itogi-2"', 'id: "vyvod"', 'id: "zaklyuchenie"']);
  });
});
