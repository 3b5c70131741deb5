import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlProblems } from '../support/html-validator.ts';
import { buildSite, type BuildResult } from '../support/build-site.ts';
import { distDir, fixtureContent, projectRoot } from '../support/paths.ts';
import { htmlPages, loadPage } from '../support/dist-files.ts';
import { makeTempProject, type TempProject } from '../support/temp-project.ts';
import { generateArticle, generatedIssuesYaml, mdxBody } from '../../src/lib/content/generated-articles.ts';
import { weighPage } from '../../src/lib/tooling/page-weight.ts';
import { parseTypesetAheadLogLine } from '../../src/lib/integrations/build-log-lines.ts';

// 55 articles: past the feed's cap of 50, and three list pages of 20, 20 and 15.
const GENERATED = 54;
const out = distDir('scale');
let project: TempProject;
let result: BuildResult;

beforeAll(() => {
  project = makeTempProject();
  const source = mdxBody(readFileSync(path.join(projectRoot, fixtureContent('seed'), 'poteryat-doverie-bossa.mdx'), 'utf8'));
  for (let i = 1; i <= GENERATED; i++) {
    const article = generateArticle(source, i);
    project.write(`content/generated/${article.fileName}`, article.content);
  }
  project.write('content/issues.yaml', `${readFileSync(path.join(project.root, 'content/issues.yaml'), 'utf8')}${generatedIssuesYaml()}`);
  result = buildSite({ root: project.root, outDir: out, env: { SITE_URL: 'https://journal.example.org' } });
  expect(result.status, result.output).toBe(0);
});

afterAll(() => project?.dispose());

/** Article links of one list page, in order, following its «Старее» link to the next. */
function walkFrontPages(): { pages: string[]; articles: string[]; perPage: number[] } {
  const pages: string[] = [];
  const articles: string[] = [];
  const perPage: number[] = [];
  let file: string | undefined = 'index.html';
  while (file) {
    pages.push(file);
    const $ = loadPage(out, file);
    const links = $('.article-card__title a').map((_, el) => $(el).attr('href')!).get();
    articles.push(...links);
    perPage.push(links.length);
    const next = $('nav.pagination a[rel="next"]').attr('href');
    file = next ? `${next.replace(/^\//, '')}index.html` : undefined;
  }
  return { pages, articles, perPage };
}

describe(`front page with ${GENERATED + 1} articles`, () => {
  it('splits the list into 20 per page at stable addresses', () => {
    expect(walkFrontPages().pages).toEqual(['index.html', 'page/2/index.html', 'page/3/index.html']);
    expect(walkFrontPages().perPage).toEqual([20, 20, 15]);
    expect(htmlPages(out).filter((file) => file.startsWith('page/'))).toEqual(['page/2/index.html', 'page/3/index.html']);
  });

  it('reaches every article from the front page, each once, newest first', () => {
    const { articles } = walkFrontPages();
    expect(articles).toHaveLength(GENERATED + 1);
    expect(new Set(articles).size).toBe(GENERATED + 1);
    const dates = articles.map((href) => loadPage(out, `${href.replace(/^\//, '')}index.html`)('.article__header time').first().attr('datetime')!);
    const padded = dates.map((d) => (d.length === 7 ? `${d}-01` : d));
    expect(padded).toEqual([...padded].sort().reverse());
  });

  it('has an accessible pagination nav that marks the current page', () => {
    const $ = loadPage(out, 'page/2/index.html');
    const nav = $('nav.pagination');
    expect(nav.attr('aria-label')).toBe('Страницы списка статей');
    expect(nav.find('[aria-current="page"]').text().trim()).toBe('2');
    expect(nav.find('a[rel="prev"]').attr('href')).toBe('/');
    expect(nav.find('a[rel="next"]').attr('href')).toBe('/page/3/');
    expect($('h1').text()).toBe('Все статьи — страница 2');
  });

  it('keeps every page within the byte budget and valid', async () => {
    for (const page of ['index.html', 'page/2/index.html', 'page/3/index.html', 'statya-0001/index.html']) {
      const html = readFileSync(path.join(out, page), 'utf8');
      const weight = weighPage(html, (url) => readFileSync(path.join(out, url)), 'https://journal.example.org');
      expect(weight.totalBrotli, page).toBeLessThanOrEqual(10_000);
      expect(weight.requests, page).toBeLessThanOrEqual(2);
      expect(await htmlProblems(html, page), page).toEqual([]);
    }
  });

  it('indexes every article for search, and the search page listing them all stays in its own budget', async () => {
    const entry = JSON.parse(readFileSync(path.join(out, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(entry.languages.ru.page_count).toBe(GENERATED + 1);
    const html = readFileSync(path.join(out, 'poisk/index.html'), 'utf8');
    expect(html.match(/<li><a href="\/statya-\d{4}\/">/g)).toHaveLength(GENERATED);
    const weight = weighPage(html, (url) => readFileSync(path.join(out, url)), 'https://journal.example.org');
    expect(weight.totalBrotli).toBeLessThanOrEqual(30_000);
    expect(weight.requests).toBeLessThanOrEqual(2);
    expect(await htmlProblems(html, 'poisk/index.html')).toEqual([]);
  });

  it('feeds the 50 newest articles, no more', () => {
    const items = [...readFileSync(path.join(out, 'rss.xml'), 'utf8').matchAll(/<item>/g)];
    expect(items).toHaveLength(50);
  });

  it('typesets ahead of the compile in a helper process, and says how much it handed over', () => {
    // How far the helper gets depends on the machine (tests/build/search-index checks what it sends).
    expect(result.output).toContain('[typeset-ahead] набрано до компиляции:');
    const ahead = parseTypesetAheadLogLine(result.output);
    expect(ahead?.articles).toBe(GENERATED + 1);
    expect(ahead?.texts).toBeGreaterThanOrEqual(0);
  });

  it('prints no per-file MODULE_LEVEL_DIRECTIVE warning (withastro/astro#18087) and no other warning', () => {
    expect(result.output).not.toContain('MODULE_LEVEL_DIRECTIVE');
    expect(result.output).not.toMatch(/\[WARN\]/);
  });
});
