import { describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { ARTICLE_FEATURES, articleHastPlugins } from '../../../src/lib/markdown/article-pipeline.ts';

const render = async (source: string, base = '/') => (await markdownToHtml(source, { hastPlugins: articleHastPlugins(base), features: ARTICLE_FEATURES })).html;

describe('the article pipeline', () => {
  it('ids from the plain text, typeset text (no-break space before a dash and after a short word), anchors labelled with it, Russian footnotes with a visible title, links under the base', async () => {
    expect(await render('## "Итоги" -- года\n\nТекст "в кавычках"[^1], [ссылка](/stat/).\n\n[^1]: Сноска.\n', '/sub/')).toBe(
      [
        '<div class="heading heading--h2"><h2 id="itogi-goda">«Итоги»\u00A0— года</h2><a class="heading__anchor" href="#itogi-goda" aria-label="Ссылка на раздел «„Итоги“\u00A0— года»" data-pagefind-ignore=""><span aria-hidden="true">#</span></a></div>',
        '<p>Текст «в\u00A0кавычках»<sup><a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref aria-describedby="footnote-label">1</a></sup>, <a href="/sub/stat/">ссылка</a>.</p>',
        '<section data-footnotes class="footnotes"><div class="heading heading--h2"><h2 class="footnotes__title" id="footnote-label">Примечания</h2><a class="heading__anchor" href="#footnote-label" aria-label="Ссылка на раздел «Примечания»" data-pagefind-ignore=""><span aria-hidden="true">#</span></a></div>',
        '<ol>',
        '<li id="user-content-fn-1">',
        '<p>Сноска. <a href="#user-content-fnref-1" data-footnote-backref="" aria-label="Вернуться к тексту, сноска 1" class="data-footnote-backref">↩</a></p>',
        '</li>',
        '</ol>',
        '</section>',
        '',
      ].join('\n'),
    );
  });

  it('leaves English apostrophes and quotes in alt text as typed: no SmartyPants', async () => {
    expect(await render("It's 'ok'\n\n![Кот \"Барсик\"](/c.png)\n")).toBe('<p>It\'s \'ok\'</p>\n<figure class="figure"><img src="/c.png" alt="Кот &quot;Барсик&quot;"></figure>\n');
  });
});
