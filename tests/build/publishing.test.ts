import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { distDir, TEST_SITE_URL } from '../support/paths.ts';
import { htmlPages, listFiles, loadPage, readBuilt } from '../support/dist-files.ts';
import { htmlProblems } from '../support/html-validator.ts';
import { ownAbsoluteUrls } from '../support/absolute-urls.ts';
import { cspHash, CSP_DIRECTIVES } from '../../src/lib/site/csp.ts';
import { pngSize } from '../../src/lib/cards/social-card.ts';

const dist = distDir('root');
// The directives' values are pinned literally in tests/unit/site/csp.test.ts; here: that every page carries them.
const HEADER_ONLY_DIRECTIVE = "frame-ancestors 'none'";
const read = (file: string) => readBuilt(dist, file);
const ARTICLE_URL = `${TEST_SITE_URL}/poteryat-doverie-bossa/`;

describe('article head', () => {
  const $ = loadPage(dist, 'poteryat-doverie-bossa/index.html');
  const meta = (key: string) => $(`meta[property="${key}"], meta[name="${key}"]`).attr('content');

  it('has title, description and an absolute canonical URL', () => {
    expect($('title').text()).toBe('4 надежных способа потерять доверие вашего босса — НОВЕЛЛЬНЫЙ20!8');
    expect(meta('description')!.length).toBeGreaterThan(40);
    expect($('link[rel="canonical"]').attr('href')).toBe(ARTICLE_URL);
  });

  it('has Open Graph and Twitter card tags', () => {
    expect(meta('og:type')).toBe('article');
    expect(meta('og:locale')).toBe('ru_RU');
    expect(meta('og:url')).toBe(ARTICLE_URL);
    expect(meta('og:title')).toBe('4 надежных способа потерять доверие вашего босса');
    expect(meta('article:author')).toBe('Anonim');
    expect(meta('article:published_time')).toBe('2025-04');
    expect(meta('og:image')).toBe(`${TEST_SITE_URL}/og/poteryat-doverie-bossa.png`);
    expect(meta('twitter:card')).toBe('summary_large_image');
    // X falls back to og:title, og:description and og:image: no duplicates of them.
    expect(meta('twitter:title') ?? meta('twitter:description') ?? meta('twitter:image')).toBeUndefined();
  });

  it('has JSON-LD for an Article', () => {
    const data = JSON.parse($('script[type="application/ld+json"]').text());
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline: '4 надежных способа потерять доверие вашего босса',
      author: { '@type': 'Person', name: 'Anonim' },
      datePublished: '2025-04',
      publisher: { '@type': 'Organization', name: 'VA-11 HALL-A — НОВЕЛЛЬНЫЙ20!8' },
      inLanguage: 'ru',
      url: ARTICLE_URL,
    });
  });

  it('has a favicon in SVG and PNG, and theme colours', () => {
    expect($('link[rel="icon"][type="image/svg+xml"]').attr('href')).toBe('/favicon.svg');
    expect($('link[rel="icon"][type="image/png"]').attr('href')).toBe('/favicon.png');
    expect(pngSize(readFileSync(path.join(dist, 'favicon.png')))).toEqual({ width: 180, height: 180 });
    expect($('meta[name="theme-color"]')).toHaveLength(2);
  });
});

describe('every page', () => {
  for (const page of htmlPages(dist)) {
    it(`${page} advertises the feed and carries a strict CSP`, () => {
      const $ = loadPage(dist, page);
      expect($('link[rel="alternate"][type="application/rss+xml"]').attr('href')).toBe('/rss.xml');
      const policy = $('meta[http-equiv="content-security-policy"]').attr('content')!;
      for (const directive of CSP_DIRECTIVES) expect(policy).toContain(directive);
      // WebAssembly for the search index is allowed on the search page alone.
      const wasm = page === 'poisk/index.html' ? " 'wasm-unsafe-eval'" : '';
      expect(policy).toMatch(new RegExp(`script-src 'self'${wasm}( 'sha256-[^']+')+;`));
      expect(policy).toMatch(/style-src 'self'( 'sha256-[^']+')+(;|$)/);
      expect(policy).not.toContain('unsafe-inline');
      expect(policy).not.toContain("'unsafe-eval'");
      expect(policy).not.toMatch(/https?:|\*/);
      // A <meta> policy ignores these, with a console error: they belong in the headers only.
      expect(policy).not.toContain('frame-ancestors');
    });

    it(`${page} allows by hash exactly its own inline scripts and styles, nothing of other pages`, () => {
      const html = read(page);
      const policy = /http-equiv="content-security-policy" content="([^"]*)"/.exec(html)![1]!;
      const listed = (directive: string) => new RegExp(`${directive} ([^;]*)`).exec(policy)![1]!.split(' ').filter((source) => source.startsWith("'sha256-")).sort();
      const own = (pattern: RegExp) => [...new Set([...html.matchAll(pattern)].map((m) => `'${cspHash(m[1]!)}'`))].sort();
      expect(listed('script-src')).toEqual(own(/<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g));
      expect(listed('style-src')).toEqual(own(/<style[^>]*>([\s\S]*?)<\/style>/g));
      expect(listed('script-src').length).toBeGreaterThan(0);
    });

    it(`${page} has its policy in force before any script runs`, () => {
      const html = read(page);
      const policyAt = html.indexOf('http-equiv="content-security-policy"');
      const firstScript = html.search(/<script(?![^>]*application\/ld\+json)/);
      expect(policyAt).toBeGreaterThan(0);
      expect(firstScript).toBeGreaterThan(policyAt);
    });
  }
});

describe('HTML validity', () => {
  for (const page of htmlPages(dist)) {
    it(`${page} passes html-validate`, async () => {
      expect(await htmlProblems(read(page), page)).toEqual([]);
    });
  }
});

describe('feeds and discovery files', () => {
  const parser = new XMLParser({ ignoreAttributes: false });

  it('RSS is well-formed, in Russian, with absolute links to every article', () => {
    const xml = read('rss.xml');
    expect(() => SyntaxValidator.validate(xml)).not.toThrow();
    const channel = parser.parse(xml).rss.channel;
    expect(channel.language).toBe('ru');
    const items = [channel.item].flat();
    expect(items.map((item: { link: string }) => item.link)).toEqual([ARTICLE_URL]);
    expect(items[0].description.length).toBeGreaterThan(40);
    expect(items[0]['dc:creator']).toBe('Anonim');
    expect(new Date(items[0].pubDate).toISOString()).toBe('2025-04-01T00:00:00.000Z');
  });

  it('sitemaps are well-formed with absolute URLs under SITE_URL', () => {
    for (const file of ['sitemap-index.xml', 'sitemap-0.xml']) {
      const xml = read(file);
      expect(() => SyntaxValidator.validate(xml), file).not.toThrow();
      for (const [, loc] of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) expect(loc!.startsWith(`${TEST_SITE_URL}/`)).toBe(true);
    }
  });

  it('every absolute URL of its own is SITE_URL + path; the feed names its channel and itself', () => {
    const urls = ownAbsoluteUrls(dist, TEST_SITE_URL);
    expect(urls.length).toBeGreaterThan(10);
    expect(urls.filter(({ url }) => !url.startsWith(`${TEST_SITE_URL}/`))).toEqual([]);
    const xml = read('rss.xml');
    expect(/<channel>[\s\S]*?<link>([^<]+)<\/link>/.exec(xml)![1]).toBe(`${TEST_SITE_URL}/`);
    expect(xml).toContain(`<atom:link href="${TEST_SITE_URL}/rss.xml" rel="self" type="application/rss+xml"/>`);
  });

  it('robots.txt points at the sitemap', () => {
    expect(read('robots.txt')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${TEST_SITE_URL}/sitemap-index.xml\n`);
  });

  it('a social card exists for each article and is 1200×630', () => {
    const cards = listFiles(dist).filter((file) => file.startsWith('og/'));
    expect(cards).toEqual(['og/poteryat-doverie-bossa.png']);
    expect(pngSize(readFileSync(path.join(dist, cards[0]!)))).toEqual({ width: 1200, height: 630 });
  });

  it('_headers sends the header-only CSP, security headers and immutable caching for hashed assets', () => {
    const headers = read('_headers');
    expect(headers).toMatch(/^\/\*$/m);
    expect(headers).toContain(`Content-Security-Policy: ${HEADER_ONLY_DIRECTIVE};`);
    expect(headers).toContain('X-Content-Type-Options: nosniff');
    expect(headers).toMatch(/Referrer-Policy: strict-origin-when-cross-origin/);
    expect(headers).toMatch(/Permissions-Policy: .*camera=\(\)/);
    expect(headers).toMatch(/\/_astro\/\*\n\s+Cache-Control: public, max-age=31536000, immutable/);
  });
});
