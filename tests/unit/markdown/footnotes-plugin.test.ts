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
        '<a class="heading__anchor" href="#footnote-label" aria-label="Ссылка на раздел «Примечания»" data-pagefind-ignore="">',
    );
  });

  it('does the same in MDX', async () => {
    const { code } = await mdxToJs(SOURCE, options);
    expect(code).toMatch(/className: "footnotes__title",\s+id: "footnote-label",\s+children: "Примечания"/);
    expect(code).toContain('"aria-label": "Вернуться к тексту, сноска 2"');
    expect(code).not.toContain('Footnotes');
  });
});

describe('footnotesPlugin picks only the heading of the footnotes section', () => {
  type Parent = { type: string; tagName?: string; properties?: Record<string, unknown> };
  /** Runs the plugin's visitor on one h2 whose parent is `parent`; returns the properties it set. */
  const visit = (parent: Parent) => {
    const set: [string, unknown][] = [];
    const ctx = { parent: () => parent, setProperty: (_node: unknown, name: string, value: unknown) => set.push([name, value]) };
    const visitor = footnotesPlugin.element as unknown as { filter: string[]; visit: (node: object, ctx: object) => void };
    expect(visitor.filter).toEqual(['h2']);
    visitor.visit({ type: 'element', tagName: 'h2', properties: {} }, ctx);
    return set;
  };

  it('is named for diagnostics', () => {
    expect(footnotesPlugin.name).toBe('visible-footnotes-heading');
  });

  it('marks the h2 of a <section data-footnotes>', () => {
    expect(visit({ type: 'element', tagName: 'section', properties: { dataFootnotes: true } })).toEqual([['className', ['footnotes__title']]]);
  });

  it('leaves an h2 in a section of another kind, in another element with the mark, or at the top', () => {
    expect(visit({ type: 'element', tagName: 'section', properties: {} })).toEqual([]);
    expect(visit({ type: 'element', tagName: 'div', properties: { dataFootnotes: true } })).toEqual([]);
    expect(visit({ type: 'root' })).toEqual([]);
  });
});
