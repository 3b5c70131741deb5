import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir } from '../support/paths.ts';
import { htmlPages, loadPage } from '../support/dist-files.ts';
import { weighPage } from '../../src/lib/tooling/page-weight.ts';

const dist = distDir('root');
const ARTICLE = 'poteryat-doverie-bossa/index.html';
const ORIGIN = 'https://journal.example.org';
/** The budgets the README promises, stated here rather than read from the code they check. */
const PAGE_BUDGET = { totalBrotli: 10_000, requests: 2, jsBrotli: 2_000 };
/** The search page before the first query: its script, and the list of every article it shows without JavaScript. */
const SEARCH_PAGE_BUDGET = { totalBrotli: 30_000, requests: 2, jsBrotli: 4_000 };
const load = (url: string) => readFileSync(path.join(dist, new URL(url, `${ORIGIN}/`).pathname));

describe('byte budget (brotli, everything needed to render)', () => {
  for (const page of htmlPages(dist)) {
    const BUDGET = page === 'poisk/index.html' ? SEARCH_PAGE_BUDGET : PAGE_BUDGET;
    it(`${page}: ≤ ${BUDGET.totalBrotli} B in ≤ ${BUDGET.requests} requests, JS ≤ ${BUDGET.jsBrotli} B, none blocking, no other origin`, () => {
      const weight = weighPage(readFileSync(path.join(dist, page), 'utf8'), load, ORIGIN);
      expect(weight.totalBrotli).toBeLessThanOrEqual(BUDGET.totalBrotli);
      expect(weight.requests).toBeLessThanOrEqual(BUDGET.requests);
      expect(weight.jsBrotli).toBeLessThanOrEqual(BUDGET.jsBrotli);
      expect(weight.renderBlockingScripts).toEqual([]);
      expect(weight.otherOrigins).toEqual([]);
    });
  }
});

describe('article page markup for readers', () => {
  const $ = loadPage(dist, ARTICLE);

  it('marks no TOC entry as current in the server HTML', () => {
    expect($('[aria-current]')).toHaveLength(0);
  });

  it('puts the TOC in a <details> whose summary names it', () => {
    expect($('nav.toc details summary #toc-title').text()).toBe('Содержание');
  });

  it('gives each section heading a link to itself with a Russian accessible name', () => {
    $('.prose h2').each((_, heading) => {
      const id = $(heading).attr('id')!;
      const anchor = $(heading).parent('.heading').children('a.heading__anchor');
      expect(anchor.attr('href')).toBe(`#${id}`);
      const name = $(heading).text().replace(/«/g, '„').replace(/»/g, '“');
      expect(anchor.attr('aria-label')).toBe(`Ссылка на раздел «${name}»`);
    });
  });

  it('sets the body in Russian typography: em dashes, non-breaking spaces, no straight quotes', () => {
    const text = $('.prose').text();
    expect(text).not.toMatch(/ - |"/);
    expect(text).toContain('\u00a0— ');
    expect(text).toMatch(/ в\u00a0/);
    expect(text).toContain('«Найти деньги Андерсона»');
  });

  it('starts with a skip link to the text, and has the landmarks', () => {
    const firstFocusable = $('body').find('a[href], button, input, select, textarea, summary, [tabindex]').first();
    expect(firstFocusable.hasClass('skip-link')).toBe(true);
    expect(firstFocusable.text()).toBe('Перейти к тексту');
    expect(firstFocusable.attr('href')).toBe('#main');
    expect($('main#main')).toHaveLength(1);
    for (const landmark of ['header', 'nav', 'main', 'footer']) expect($(landmark).length, landmark).toBeGreaterThan(0);
  });

  it('has a print stylesheet and dark colours', () => {
    const css = $('style').text();
    expect(css).toContain('@media print');
    expect(css).toContain('light-dark(');
  });
});
