import { describe, expect, it } from 'vitest';
import { defineHastPlugin, markdownToHtml } from 'satteri';
import { headingAnchorsPlugin } from '../../../src/lib/markdown/heading-anchors-plugin.ts';
import { typographyPlugin } from '../../../src/lib/markdown/typography-plugin.ts';

// Headings carry their ids in raw HTML here, so these tests do not depend on how heading-ids.ts makes slugs.
const render = async (markdown: string, hastPlugins = [headingAnchorsPlugin]) =>
  (await markdownToHtml(markdown, { hastPlugins, features: { rawHtml: true, smartPunctuation: false } })).html;

describe('headingAnchorsPlugin', () => {
  it('wraps a section heading with a link to itself, outside the heading’s text', async () => {
    expect(await render('<h2 id="itogi">Итоги</h2>\n')).toBe(
      '<div class="heading heading--h2"><h2 id="itogi">Итоги</h2>' +
        '<a class="heading__anchor" href="#itogi" aria-label="Ссылка на раздел «Итоги»" data-pagefind-ignore=""><span aria-hidden="true">#</span></a></div>\n',
    );
  });

  it('does the same for a subsection, marked as h3', async () => {
    expect(await render('<h3 id="shag-1">Первый шаг</h3>\n')).toBe(
      '<div class="heading heading--h3"><h3 id="shag-1">Первый шаг</h3>' +
        '<a class="heading__anchor" href="#shag-1" aria-label="Ссылка на раздел «Первый шаг»" data-pagefind-ignore=""><span aria-hidden="true">#</span></a></div>\n',
    );
  });

  it('labels the link with the heading’s whole text, inner «ёлочки» turned into „лапки“', async () => {
    expect(await render('<h2 id="s">Он сказал «да» <em>тихо</em></h2>\n')).toContain('aria-label="Ссылка на раздел «Он сказал „да“ тихо»"');
  });

  it('labels the link with the typeset text when it runs after the typography', async () => {
    const html = await render('<h2 id="s">Он сказал "да" - и ушел</h2>\n', [typographyPlugin, headingAnchorsPlugin]);
    expect(html).toContain('aria-label="Ссылка на раздел «Он\u00a0сказал „да“\u00a0— и\u00a0ушел»"');
  });

  it('leaves the page title and deeper levels alone', async () => {
    const source = '<h1 id="t">Заголовок</h1>\n<h4 id="m">Мелкий</h4>\n';
    expect(await render(source)).toBe(source);
  });

  it('leaves a heading without an id alone: there is nothing to link to', async () => {
    expect(await render('## Без id\n')).toBe('<h2>Без id</h2>\n');
    expect(await render('<h3 id="">Пустой id</h3>\n')).toBe('<h3 id="">Пустой id</h3>\n');
  });
});

describe('headingAnchorsPlugin as a plugin', () => {
  it('is a definition Sätteri accepts, named for its diagnostics', () => {
    expect(defineHastPlugin(headingAnchorsPlugin)).toBe(headingAnchorsPlugin);
    expect(headingAnchorsPlugin.name).toBe('heading-anchors');
  });
});
