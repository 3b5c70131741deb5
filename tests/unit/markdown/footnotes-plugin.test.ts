import { describe, expect, it } from 'vitest';
import { markdownToHtml, mdxToJs } from 'satteri';
import { footnotesPlugin, russianFootnotes } from '../../../src/lib/markdown/footnotes-plugin.ts';
import { headingAnchorsPlugin } from '../../../src/lib/markdown/heading-anchors-plugin.ts';

const SOURCE = 'Текст[^1], ещё[^vtoraya] и снова[^1].\n\n## Итоги\n\n[^1]: Первое.\n[^vtoraya]: Второе.\n';
const options = { hastPlugins: [footnotesPlugin], features: { gfm: russianFootnotes } };

describe('Russian footnotes in Sätteri', () => {
  it('titles the notes «Примечания» in a visible heading', async () => {
    const { html } = await markdownToHtml(SOURCE, options);
    expect(html).toContain('<section data-footnotes class="footnotes"><h2 class="footnotes__title" id="footnote-label">Примечания</h2>');
    expect(html).not.toContain('Footnotes');
    expect(html).not.toContain('sr-only');
  });

  it('names every way back with the note, and which reference when a note is cited twice', async () => {
    const { html } = await markdownToHtml(SOURCE, options);
    const labels = [...html.matchAll(/data-footnote-backref="" aria-label="([^"]*)"/g)].map((match) => match[1]);
    expect(labels).toEqual(['Вернуться к тексту, сноска 1', 'Вернуться к тексту, сноска 1, ссылка 2', 'Вернуться к тексту, сноска 2']);
    expect(html).not.toContain('Back to reference');
  });

  it('leaves the note numbers in the text as they were, described by the section title', async () => {
    const { html } = await markdownToHtml(SOURCE, options);
    expect(html).toContain('<sup><a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref aria-describedby="footnote-label">1</a></sup>');
  });

  it('leaves the article’s own headings alone', async () => {
    const { html } = await markdownToHtml(SOURCE, options);
    expect(html).toContain('<h2>Итоги</h2>');
  });

  it('gets to the heading before the anchors plugin wraps it', async () => {
    const { html } = await markdownToHtml(SOURCE, { ...options, hastPlugins: [footnotesPlugin, headingAnchorsPlugin] });
    expect(html).toContain(
      '<section data-footnotes class="footnotes"><div class="heading heading--h2"><h2 class="footnotes__title" id="footnote-label">Примечания</h2>' +
        '<a class="heading__anchor" href="#footnote-label" aria-label="Ссылка на раздел «Примечания»">',
    );
  });

  it('does the same in MDX', async () => {
    const { code } = await mdxToJs(SOURCE, options);
    expect(code).toMatch(/className: "footnotes__title",\s+id: "footnote-label",\s+children: "Примечания"/);
    expect(code).toContain('"aria-label": "Вернуться к тексту, сноска 2"');
    expect(code).not.toContain('Footnotes');
  });
});
