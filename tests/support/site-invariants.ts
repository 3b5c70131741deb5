import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { CheckedArticle } from '../../src/lib/content/content-checks.ts';
import { checkContentFolder } from '../../src/lib/integrations/content-checks-integration.ts';
import { toUtcDate } from '../../src/lib/content/published-date.ts';
import { issueId } from '../../src/lib/content/issues-file.ts';
import { authorId } from '../../src/lib/content/slug.ts';
import { pngSize } from '../../src/lib/cards/social-card.ts';
import { articleOwnBrotli, weighPage } from '../../src/lib/tooling/page-weight.ts';
import { indexedPages } from './search-index.ts';
import { htmlPages, listFiles, loadPage, plain, readBuilt, words } from './dist-files.ts';
import { projectRoot } from './paths.ts';
import { htmlProblems } from './html-validator.ts';
import { firstDifference, renderedText, sourceText, wordsOf } from './article-words.ts';

export interface SiteUnderTest {
  dist: string;
  /** Project folder the site was built from, and its articles' folder relative to it. */
  root?: string;
  contentDir?: string;
  /** The day the build took as today. */
  today: string;
  siteUrl: string;
}

/** Our budget, stated here as well as in the code it checks (10 kB brotli in 2 requests). */
const BUDGET_BYTES = 10_000;
/** An article whose text and TOC weigh more than this (brotli) may go over the budget by the excess alone. */
const ARTICLE_OWN_ALLOWANCE = 3_500;
const BUDGET_REQUESTS = 2;
/** The search page's, before the first query: it lists every article (30 kB brotli in 2 requests). */
const SEARCH_PAGE = 'poisk/index.html';
const SEARCH_BUDGET_BYTES = 30_000;
/** The feed carries this many newest articles. */
const FEED_ITEMS = 50;

/** Articles and issues of a folder and what readers should get of each, by the same check the build runs. */
export function contentOf(root: string, contentDir: string, today: string): ReturnType<typeof checkContentFolder> {
  const report = checkContentFolder(root, { contentDir, today });
  if (report.problems.length > 0) throw new Error(`content has problems: ${JSON.stringify(report.problems)}`);
  return report;
}

const newestFirst = (a: CheckedArticle, b: CheckedArticle) =>
  toUtcDate(b.data.published).getTime() - toUtcDate(a.data.published).getTime() || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);

/**
 * Rules that hold for any set of articles: each published one has its page, card,
 * sitemap entry, front-page entry, search-index entry and feed entry (when among the newest),
 * and the words of its source in order; no draft or
 * scheduled one leaves a trace; every internal link and fragment resolves; every
 * page is valid HTML within the byte budget. Returns what is broken, empty when all hold.
 */
export async function siteInvariantViolations(site: SiteUnderTest): Promise<string[]> {
  const { dist, today, siteUrl } = site;
  const { articles, issues } = contentOf(site.root ?? projectRoot, site.contentDir ?? 'content', today);
  const published = articles.filter((a) => a.state === 'published').sort(newestFirst);
  const hidden = articles.filter((a) => a.state !== 'published');
  const files = listFiles(dist);
  const read = (file: string) => readBuilt(dist, file);
  const sitemap = files.filter((f) => /^sitemap-\d+\.xml$/.test(f)).map(read).join('\n');
  const feedLinks = [...read('rss.xml').matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((m) => m[1]);
  const listed = frontPageLinks(dist);
  const indexed = indexedPages(dist);
  const violations: string[] = [];

  for (const article of published) {
    const page = `${article.slug}/index.html`;
    if (!files.includes(page)) {
      violations.push(`${article.file}: no page ${page}`);
      continue;
    }
    const $ = loadPage(dist, page);
    const h1 = words(plain($('h1').text())).join(' ');
    violations.push(...changedWords(site.root ?? projectRoot, article.file, $));
    if (h1 !== words(article.data.title).join(' ')) violations.push(`${article.file}: h1 «${h1}» is not the title`);
    const card = `og/${article.slug}.png`;
    if (!files.includes(card)) violations.push(`${article.file}: no card ${card}`);
    else if (JSON.stringify(pngSize(readFileSync(path.join(dist, card)))) !== '{"width":1200,"height":630}') violations.push(`${card} is not 1200×630`);
    if (!sitemap.includes(`<loc>${siteUrl}/${article.slug}/</loc>`)) violations.push(`${article.file}: not in the sitemap`);
    const onFrontPages = listed.filter((href) => href === `/${article.slug}/`).length;
    if (onFrontPages !== 1) violations.push(`${article.file}: listed ${onFrontPages} times on the front pages`);
    const issuePage = `vypusk/${issueId(article.data.issue)}/index.html`;
    const onIssuePage = files.includes(issuePage) ? listLinks(dist, issuePage).filter((href) => href === `/${article.slug}/`).length : 0;
    if (onIssuePage !== 1) violations.push(`${article.file}: listed ${onIssuePage} times on its issue's page ${issuePage}`);
    const authorPages = `avtor/${authorId(article.data.author)}/index.html`;
    const onAuthorPages = files.includes(authorPages) ? listLinks(dist, authorPages).filter((href) => href === `/${article.slug}/`).length : 0;
    if (onAuthorPages !== 1) violations.push(`${article.file}: listed ${onAuthorPages} times on its author's pages ${authorPages}`);
    if (!$(`.byline a[href="/${path.posix.dirname(issuePage)}/"]`).length) violations.push(`${article.file}: the byline does not link to its issue`);
  }
  const shownIssues = new Set(published.map((article) => issueId(article.data.issue)));
  const archive = files.includes('vypusk/index.html') ? plain(loadPage(dist, 'vypusk/index.html')('main').text()) : '';
  for (const issue of issues) {
    const page = `vypusk/${issue.id}/index.html`;
    if (shownIssues.has(issue.id) !== files.includes(page)) violations.push(`issue «${issue.data.title}»: ${shownIssues.has(issue.id) ? 'no page' : 'has a page but nothing published'}`);
    if (shownIssues.has(issue.id) !== archive.includes(plain(issue.data.title))) {
      violations.push(`issue «${issue.data.title}»: ${shownIssues.has(issue.id) ? 'missing from' : 'shown in'} the archive`);
    }
  }
  const expectedFeed = published.slice(0, FEED_ITEMS).map((a) => `${siteUrl}/${a.slug}/`);
  if (JSON.stringify(feedLinks) !== JSON.stringify(expectedFeed)) violations.push(`feed items ${JSON.stringify(feedLinks)} are not the newest ${JSON.stringify(expectedFeed)}`);
  if (listed.length !== published.length) violations.push(`front pages list ${listed.length} articles, ${published.length} are published`);
  if (!indexed) violations.push('no search index in dist/pagefind/');
  else {
    const urls = indexed.map((page) => page.url).sort();
    const expected = published.map((a) => `/${a.slug}/`).sort();
    if (JSON.stringify(urls) !== JSON.stringify(expected)) violations.push(`search index holds ${JSON.stringify(urls)}, the published articles are ${JSON.stringify(expected)}`);
  }

  // The search index's pages are compressed: read as the browser reads them.
  const texts = [
    ...files.filter((f) => /\.(html|xml|txt|json)$/.test(f)).map((f) => [f, read(f)] as const),
    ...(indexed ?? []).map((page) => [page.file, JSON.stringify(page)] as const),
  ];
  for (const article of hidden) {
    const traces = files.filter((f) => f.startsWith(`${article.slug}/`) || f === `og/${article.slug}.png`);
    traces.push(...texts.filter(([, text]) => text.includes(`/${article.slug}/`) || plain(text).includes(article.data.title)).map(([f]) => f));
    for (const picture of localPictures(site.root ?? projectRoot, article.file)) {
      traces.push(...files.filter((f) => path.basename(f).startsWith(`${picture}.`)));
    }
    if (traces.length > 0) violations.push(`${article.file} (${article.state}) left traces: ${[...new Set(traces)].join(', ')}`);
  }

  // Each target page is parsed once for its ids, however many links point into it.
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!ids.has(file)) {
      const $ = loadPage(dist, file);
      ids.set(file, new Set($('[id]').map((_, el) => $(el).attr('id')!).get()));
    }
    return ids.get(file)!;
  };
  for (const page of htmlPages(dist)) {
    const html = read(page);
    violations.push(...brokenLinks(dist, page, idsOf).map((link) => `${page}: broken link ${link}`));
    const weight = weighPage(html, (url) => readFileSync(path.join(dist, new URL(url, `${siteUrl}/`).pathname)), siteUrl);
    const budgetBytes = page === SEARCH_PAGE ? SEARCH_BUDGET_BYTES : BUDGET_BYTES + Math.max(0, articleOwnBrotli(html) - ARTICLE_OWN_ALLOWANCE);
    if (weight.totalBrotli > budgetBytes || weight.requests > BUDGET_REQUESTS) violations.push(`${page}: ${weight.totalBrotli} B in ${weight.requests} requests, over budget`);
    violations.push(...(await htmlProblems(html, page)).map((problem) => `${page}: ${problem}`));
  }
  return violations;
}

/** The build changes spaces, quotes and dashes, never a word: the page's words are the source's, in order. */
function changedWords(root: string, file: string, $: ReturnType<typeof loadPage>): string[] {
  const source = sourceText(readFileSync(path.join(root, file), 'utf8'), file.endsWith('.mdx'));
  const rendered = renderedText($);
  const problems: string[] = [];
  const main = firstDifference(wordsOf(source.main), wordsOf(rendered.main));
  if (main) problems.push(`${file}: a word changed, ${main}`);
  if (JSON.stringify(wordsOf(source.notes).sort()) !== JSON.stringify(wordsOf(rendered.notes).sort())) problems.push(`${file}: the footnotes' words changed`);
  return problems;
}

/** Article links of the front page and every page after it, following «Старее». */
function frontPageLinks(dist: string): string[] {
  return listLinks(dist, 'index.html');
}

/** Article links of a list page and every page after it, following «Старее». */
function listLinks(dist: string, first: string): string[] {
  const links: string[] = [];
  let file: string | undefined = first;
  while (file) {
    const $ = loadPage(dist, file);
    links.push(...$('.article-card__title a').map((_, el) => $(el).attr('href')!).get());
    const next = $('nav.pagination a[rel="next"]').attr('href');
    file = next ? `${next.replace(/^\//, '')}index.html` : undefined;
  }
  return links;
}

/** Base names (without extension) of the pictures an article shows from beside it, its cover included. */
function localPictures(root: string, file: string): string[] {
  const text = readFileSync(path.join(root, file), 'utf8');
  const cover = /^cover:\s*["']?([^"'\n]+)/m.exec(text)?.[1];
  return [...[...text.matchAll(/!\[[^\]]*\]\((?!https?:|\/)([^)\s]+)\)/g)].map((m) => m[1]!), ...(cover ? [cover] : [])].map((picture) => path.parse(picture).name);
}

/** Internal links, stylesheets, scripts and images of a page that name no file in dist/ or no id on the target page. */
function brokenLinks(dist: string, page: string, idsOf: (file: string) => Set<string>): string[] {
  const $ = loadPage(dist, page);
  const pageUrl = new URL(`/${page.replace(/index\.html$/, '')}`, 'http://site.test');
  const broken: string[] = [];
  const targets = $('a[href], link[href], script[src], img[src], source[src]').map((_, el) => $(el).attr('href') ?? $(el).attr('src')!).get();
  // Every file a responsive picture offers, not only its fallback.
  $('img[srcset], source[srcset]').each((_, el) => {
    targets.push(...$(el).attr('srcset')!.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]!));
  });
  for (const raw of targets) {
    const target = new URL(raw, pageUrl);
    if (target.origin !== pageUrl.origin) continue;
    const pathname = decodeURIComponent(target.pathname);
    const file = pathname.endsWith('/') ? `${pathname}index.html` : pathname;
    if (!existsSync(path.join(dist, file))) {
      broken.push(raw);
      continue;
    }
    if (target.hash && file.endsWith('.html')) {
      const id = decodeURIComponent(target.hash.slice(1));
      if (!idsOf(file.slice(1)).has(id)) broken.push(`${raw} (no such id)`);
    }
  }
  return broken;
}
