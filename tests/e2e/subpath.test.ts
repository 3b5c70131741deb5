import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site.ts';
import { crawl, type CrawlResult } from '../support/crawl.ts';
import { listFiles, loadPage } from '../support/dist-files.ts';
import { ownAbsoluteUrls } from '../support/absolute-urls.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { distDir } from '../support/paths.ts';
import { frontmatter, makeTempProject, type TempProject } from '../support/temp-project.ts';

// A GitHub Pages project site: served from a sub-path, configured through .env (base without its trailing slash).
const SITE = 'https://user.github.io';
const BASE = '/sub/';

let project: TempProject;
let server: StaticServer;
let outDir: string;

beforeAll(() => {
  project = makeTempProject();
  project.write('.env', `SITE_URL=${SITE}\nBASE_PATH=/sub\n`);
  project.write('content/svyazi.mdx', `${frontmatter({ title: 'Статья со ссылками', published: '2025-05-10' })}
Вернуться [на главную](/) или прочитать [первую статью](/poteryat-doverie-bossa/#obeschanie-chego-to-chto-vy-ne-mozhete-dostavit).

## Раздел один

Ссылка [на этот раздел](#razdel-odin) и [на ленту](/rss.xml).
`);
  project.write('content/chernovik.mdx', `${frontmatter({ title: 'Черновик для проверки', draft: true })}\nТекст черновика.\n`);
  outDir = path.join(distDir('sub'));
  const result = buildSite({ root: project.root, outDir });
  expect(result.status, result.output).toBe(0);
});

afterAll(async () => {
  await server?.close();
  project?.dispose();
});

describe(`site built for ${SITE}${BASE} from .env`, () => {
  let result: CrawlResult;

  beforeAll(async () => {
    server = await serveStatic(outDir, BASE);
    result = await crawl(`${server.origin}${BASE}`, BASE);
  });

  it('follows every internal link, asset and #fragment without a broken one', () => {
    expect(result.broken).toEqual([]);
    expect(result.pages.map((page) => new URL(page).pathname)).toEqual(
      expect.arrayContaining([BASE, `${BASE}poteryat-doverie-bossa/`, `${BASE}svyazi/`, `${BASE}vypusk/`, `${BASE}vypusk/vtoroy-vypusk/`, `${BASE}avtor/test/`]),
    );
    expect(result.checked.length).toBeGreaterThan(10);
  });

  it('rewrites links written in the Markdown under the base', () => {
    const html = readFileSync(path.join(outDir, 'svyazi/index.html'), 'utf8');
    expect(html).toContain('href="/sub/"');
    expect(html).toContain('href="/sub/poteryat-doverie-bossa/#obeschanie-chego-to-chto-vy-ne-mozhete-dostavit"');
    expect(html).toContain('href="#razdel-odin"');
  });

  it('puts sitemap, feed, robots and social images under SITE_URL + base', () => {
    const read = (file: string) => readFileSync(path.join(outDir, file), 'utf8');
    const locs = [...read('sitemap-0.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locs.sort()).toEqual([
      `${SITE}${BASE}`,
      `${SITE}${BASE}avtor/anonim/`,
      `${SITE}${BASE}avtor/test/`,
      `${SITE}${BASE}poisk/`,
      `${SITE}${BASE}poteryat-doverie-bossa/`,
      `${SITE}${BASE}svyazi/`,
      `${SITE}${BASE}vypusk/`,
      `${SITE}${BASE}vypusk/vtoroy-vypusk/`,
    ]);
    expect(read('rss.xml')).toContain(`<link>${SITE}${BASE}svyazi/</link>`);
    // The article's own links, in the feed's copy of its text, are absolute and under the base.
    expect(read('rss.xml')).toContain(`href=&quot;${SITE}${BASE}poteryat-doverie-bossa/#obeschanie-chego-to-chto-vy-ne-mozhete-dostavit&quot;`);
    expect(read('rss.xml')).toContain(`href=&quot;${SITE}${BASE}svyazi/#razdel-odin&quot;`);
    expect(read('robots.txt')).toContain(`Sitemap: ${SITE}${BASE}sitemap-index.xml`);
    expect(read('svyazi/index.html')).toContain(`content="${SITE}${BASE}og/svyazi.png"`);
  });

  it('gives every absolute URL of its own as SITE_URL + base + path, the base never twice', () => {
    const urls = ownAbsoluteUrls(outDir, SITE);
    expect(urls.length).toBeGreaterThan(20);
    expect(urls.filter(({ url }) => !url.startsWith(`${SITE}${BASE}`) || url.includes(`${BASE}${BASE.slice(1)}`))).toEqual([]);
    const $ = loadPage(outDir, 'svyazi/index.html');
    const jsonLd = JSON.parse($('script[type="application/ld+json"]').text());
    expect([jsonLd.url, jsonLd.mainEntityOfPage['@id'], jsonLd.image[0], jsonLd.publisher.url]).toEqual([
      `${SITE}${BASE}svyazi/`, `${SITE}${BASE}svyazi/`, `${SITE}${BASE}og/svyazi.png`, `${SITE}${BASE}`,
    ]);
    const feed = readFileSync(path.join(outDir, 'rss.xml'), 'utf8');
    expect(feed).toContain(`<channel><title>`);
    expect(/<channel>[\s\S]*?<link>([^<]+)<\/link>/.exec(feed)![1]).toBe(`${SITE}${BASE}`);
    expect(feed).toContain(`<atom:link href="${SITE}${BASE}rss.xml" rel="self" type="application/rss+xml"/>`);
  });

  it('leaves the draft out of pages, sitemap, feed, front page and images', () => {
    expect(listFiles(outDir).filter((file) => file.includes('chernovik'))).toEqual([]);
    for (const file of ['sitemap-0.xml', 'rss.xml', 'index.html']) {
      expect(readFileSync(path.join(outDir, file), 'utf8'), file).not.toMatch(/chernovik|Черновик для проверки/);
    }
  });

  it('serves the 404 page for an unknown address, with a way home under the base', async () => {
    const response = await fetch(`${server.origin}${BASE}net-takoy/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('href="/sub/"');
  });
});
