import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlProblems } from '../support/html-validator.ts';
import { buildSite } from '../support/build-site.ts';
import { distDir } from '../support/paths.ts';
import { loadPage, readBuilt } from '../support/dist-files.ts';
import { frontmatter, makeTempProject, type TempProject } from '../support/temp-project.ts';

const out = distDir('footnotes-and-ids');

/** Headings named like the layout's ids, and a hand-written id further down that `## Итоги` would take first. */
const BODY = `
Вступление со сноской[^1] и ещё одной[^vtoraya].

## main

Раздел, названный как главная область страницы.

## toc-title

Раздел, названный как подпись оглавления.

## Итоги

Ещё раз о первой сноске[^1].

<h2 id="itogi">Итоги</h2>

Раздел с якорем, написанным вручную.

[^1]: Первое примечание.
[^vtoraya]: Второе примечание.
`;

/** The same article through both pipelines: Markdown keeps raw HTML, MDX makes it a tag. */
const ARTICLES = {
  mdx: { file: 'content/snoski-mdx.mdx', page: 'snoski-mdx/index.html' },
  md: { file: 'content/snoski-md.md', page: 'snoski-md/index.html' },
};

let project: TempProject;

beforeAll(() => {
  project = makeTempProject();
  for (const [kind, { file }] of Object.entries(ARTICLES)) project.write(file, frontmatter({ title: `Сноски (${kind})` }) + BODY);
  const result = buildSite({ root: project.root, outDir: out });
  expect(result.status, result.output).toBe(0);
});

afterAll(() => project?.dispose());

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

for (const [kind, { page }] of Object.entries(ARTICLES)) {
  describe(`an article with footnotes and awkward headings (${kind})`, () => {
    const $ = () => loadPage(out, page);

    it('ends with a visible «Примечания» section, in Russian throughout', () => {
      const doc = $();
      const title = doc('section.footnotes h2');
      expect(squash(title.text())).toBe('Примечания');
      expect(title.attr('id')).toBe('footnote-label');
      expect(title.attr('class')).toBe('footnotes__title');
      expect(doc('.prose h2').last().attr('id')).toBe('footnote-label');
      expect(doc.html()).not.toMatch(/Footnotes|Back to reference|sr-only/);
    });

    it('labels the way back from each note, naming the note', () => {
      const doc = $();
      const labels = doc('section.footnotes a[data-footnote-backref]').map((_, el) => doc(el).attr('aria-label')).get();
      expect(labels).toEqual([
        'Вернуться к тексту, сноска 1',
        'Вернуться к тексту, сноска 1, ссылка 2',
        'Вернуться к тексту, сноска 2',
      ]);
      const refs = doc('a[data-footnote-ref]').map((_, el) => `${doc(el).text()}→${doc(el).attr('href')}`).get();
      expect(refs).toEqual(['1→#user-content-fn-1', '2→#user-content-fn-vtoraya', '1→#user-content-fn-1']);
    });

    it('gives headings ids that nothing else on the page has', () => {
      const doc = $();
      const headings = doc('.prose h2').map((_, el) => `${squash(doc(el).text())}#${doc(el).attr('id')}`).get();
      expect(headings).toEqual(['main#main-2', 'toc-title#toc-title-2', 'Итоги#itogi-2', 'Итоги#itogi', 'Примечания#footnote-label']);
      expect(doc('main').attr('id')).toBe('main');
      expect(doc('nav.toc').attr('aria-labelledby')).toBe('toc-title');
      const ids = doc('[id]').map((_, el) => doc(el).attr('id')).get();
      expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    });

    it('has a TOC whose links land on headings with the same text, «Примечания» last', () => {
      const doc = $();
      const links = doc('nav.toc a').map((_, el) => ({ href: doc(el).attr('href')!, text: squash(doc(el).text()) })).get();
      expect(links.map((link) => link.text)).toEqual(['main', 'toc-title', 'Итоги', 'Примечания']);
      for (const { href, text } of links) {
        const target = doc(`[id="${href.slice(1)}"]`);
        expect(target.prop('tagName'), href).toBe('H2');
        expect(squash(target.text()), href).toBe(text);
      }
    });

    it('passes html-validate', async () => {
      expect(await htmlProblems(readBuilt(out, page), page)).toEqual([]);
    });
  });
}
