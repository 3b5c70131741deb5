import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir, fixtureContent, FIXTURE_BUILD_DATE, TEST_SITE_URL, testDistRoot } from '../support/paths.ts';
import { siteInvariantViolations } from '../support/site-invariants.ts';
import { htmlPages, listFiles, loadPage, words } from '../support/dist-files.ts';
import { seedBody } from '../support/seed.ts';

const dist = distDir('root');
const ARTICLE = 'poteryat-doverie-bossa/index.html';
const $ = loadPage(dist, ARTICLE);

describe('built site', () => {
  it('holds the front page, the article, 404 and the sitemap', () => {
    const files = listFiles(dist);
    for (const file of ['index.html', ARTICLE, '404.html', 'sitemap-index.xml', 'sitemap-0.xml']) {
      expect(files).toContain(file);
    }
  });

  it('marks every page as Russian', () => {
    for (const page of htmlPages(dist)) {
      expect(loadPage(dist, page)('html').attr('lang'), page).toBe('ru');
    }
  });

  it('prints no warning while building', () => {
    const log = readFileSync(path.join(testDistRoot, 'root.log'), 'utf8');
    expect(log).not.toMatch(/\[WARN\]|\bwarning\b/i);
  });
});

describe('article page', () => {
  it('has one h1 with the title', () => {
    expect($('h1')).toHaveLength(1);
    expect($('h1').text().replace(/\s+/g, ' ').trim()).toBe('4 надежных способа потерять доверие вашего босса');
  });

  it('has the four numbered sections as h2', () => {
    const sections = $('.prose h2').map((_, el) => $(el).text().trim()).get();
    expect(sections).toHaveLength(4);
    expect($('h2')).toHaveLength(4);
    sections.forEach((text, index) => expect(text.startsWith(`${index + 1}.`)).toBe(true));
  });

  it('gives every heading a readable, unique ASCII id', () => {
    const ids = $('.prose :is(h2, h3)').map((_, el) => $(el).attr('id')).get();
    expect(ids).toHaveLength(4);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[0]).toBe('obeschanie-chego-to-chto-vy-ne-mozhete-dostavit');
  });

  it('has a table of contents labelled «Содержание» linking to every section', () => {
    const nav = $('nav[aria-labelledby]').filter((_, el) => $(`#${$(el).attr('aria-labelledby')}`).text().trim() === 'Содержание');
    expect(nav).toHaveLength(1);
    const targets = nav.find('a').map((_, el) => $(el).attr('href')).get();
    const headingIds = $('.prose h2').map((_, el) => `#${$(el).attr('id')}`).get();
    expect(targets).toEqual(headingIds);
    nav.find('a').each((_, el) => {
      const id = $(el).attr('href')!.slice(1);
      expect($(`[id="${id}"]`).text().trim()).toBe($(el).text().trim());
    });
  });

  it('shows the byline: author, issue, «апрель 2025» and a reading time in correct Russian', () => {
    const byline = $('.article__header .byline').text().replace(/\s+/g, ' ');
    expect(byline).toContain('Anonim');
    expect(byline).toContain('Второй выпуск');
    expect(byline).toContain('Anonim · Второй выпуск · апрель 2025 · ');
    expect($('.article__header time').attr('datetime')).toBe('2025-04');
    // The seed's ~1,000 words at 180 a minute, with the plural form Russian wants for 6.
    expect(byline).toContain('Anonim · Второй выпуск · апрель 2025 · 6 минут чтения');
    expect($('.article__header .byline').text()).toContain('6\u00a0минут');
  });

  it('has no edit link when EDIT_URL_BASE is not set', () => {
    expect($('.edit-link')).toHaveLength(0);
  });

  it('has a header linking home and a footer', () => {
    expect($('header.site-header a[href="/"]')).toHaveLength(1);
    expect($('footer.site-footer')).toHaveLength(1);
  });

  it('keeps every word of the seed body, in order', () => {
    const rendered = words($('.prose').text());
    const seed = words(seedBody());
    expect(rendered.length).toBeGreaterThan(900);
    expect(rendered).toEqual(seed);
  });

  it('has the scrape damage repaired', () => {
    const text = $('.prose').text();
    expect(text).not.toMatch(/, Ты понимаешь|игнорировать Это|доверять Вы|\? »Это/);
    expect(text).toContain('позвонить ей?» Это означает');
    expect(text).toMatch(/хорошо\?»\s*$/m);
  });
});

describe('sitemap', () => {
  it('lists the front page, the search page, the article, its issue, the archive and the author under SITE_URL, and not the 404 page', () => {
    const index = readFileSync(path.join(dist, 'sitemap-index.xml'), 'utf8');
    expect(index).toContain(`${TEST_SITE_URL}/sitemap-0.xml`);
    const urls = [...readFileSync(path.join(dist, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(urls).toEqual([
      `${TEST_SITE_URL}/`,
      `${TEST_SITE_URL}/avtor/anonim/`,
      `${TEST_SITE_URL}/poisk/`,
      `${TEST_SITE_URL}/poteryat-doverie-bossa/`,
      `${TEST_SITE_URL}/vypusk/`,
      `${TEST_SITE_URL}/vypusk/vtoroy-vypusk/`,
    ]);
  });
});

describe('the seed fixture site', () => {
  it('holds every site invariant, words included', async () => {
    expect(await siteInvariantViolations({ dist, contentDir: fixtureContent('seed'), today: FIXTURE_BUILD_DATE, siteUrl: TEST_SITE_URL })).toEqual([]);
  });
});
