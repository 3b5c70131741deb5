import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSiteInChromium } from '../support/site-session.ts';
import { openReader } from '../support/reader.ts';

const ARTICLE = '/poteryat-doverie-bossa/';
// The front page, an article, and the 404 page where a host shows it: at an address that does not exist.
const PAGES = ['/', ARTICLE, '/net-takoy-stranitsy/'];
const WIDTHS = [300, 320, 360, 375, 768, 1280];
const site = useSiteInChromium();

/** Characters on each full line of the article's paragraphs (the last line of a paragraph is not full), by Range rects. */
const charactersPerLine = (page: Page) =>
  page.evaluate(() => {
    const counts: number[] = [];
    for (const paragraph of document.querySelectorAll('.prose > p')) {
      const lines = new Map<number, number>();
      const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        for (let i = 0; i < node.data.length; i++) {
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getClientRects()[0];
          if (!rect || rect.width === 0) continue;
          const top = Math.round(rect.top);
          lines.set(top, (lines.get(top) ?? 0) + 1);
        }
      }
      counts.push(...[...lines.values()].slice(0, -1));
    }
    return counts.sort((a, b) => a - b);
  });

describe('no horizontal scrolling', () => {
  for (const width of WIDTHS) {
    it(`at ${width} px on the front page, an article and the 404 page`, async () => {
      const { page, context, problems } = await openReader(site, { viewport: { width, height: 800 } });
      for (const path of PAGES) {
        await page.goto(site.server.origin + path);
        const sizes = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          innerWidth: window.innerWidth,
          toggleRight: document.querySelector('[data-theme-toggle]')!.getBoundingClientRect().right,
        }));
        expect(sizes.scrollWidth, path).toBeLessThanOrEqual(sizes.innerWidth);
        expect(sizes.toggleRight, path).toBeLessThanOrEqual(sizes.innerWidth);
        expect(await page.locator('[data-theme-toggle]').isVisible(), path).toBe(true);
      }
      // The 404 page's own status is the one console error a reader's browser shows.
      expect(problems.filter((problem) => !problem.includes('status of 404'))).toEqual([]);
      await context.close();
    });
  }
});

describe('measure', () => {
  it('sets about 60–68 characters a line in the article text on a desktop', async () => {
    const { page, context } = await openReader(site, { viewport: { width: 1280, height: 800 } });
    await page.goto(site.server.origin + ARTICLE);
    const counts = await charactersPerLine(page);
    expect(counts.length).toBeGreaterThan(20);
    const median = counts[Math.floor(counts.length / 2)]!;
    expect(median).toBeGreaterThanOrEqual(60);
    expect(median).toBeLessThanOrEqual(68);
    await context.close();
  });
});

describe('print', () => {
  it('gives the printed page margins of its own', async () => {
    const { page, context } = await openReader(site);
    await page.goto(site.server.origin + ARTICLE);
    const margins = await page.evaluate(() => {
      const found: string[] = [];
      const visit = (rules: CSSRuleList) => {
        for (const rule of rules) {
          if (rule instanceof CSSPageRule) found.push(rule.style.marginTop, rule.style.marginRight, rule.style.marginBottom, rule.style.marginLeft);
          else if (rule instanceof CSSMediaRule && rule.media.mediaText.includes('print')) visit(rule.cssRules);
        }
      };
      for (const sheet of document.styleSheets) visit(sheet.cssRules);
      return found;
    });
    expect(margins).toHaveLength(4);
    for (const margin of margins) expect(parseFloat(margin), margin).toBeGreaterThanOrEqual(1.5);
    await context.close();
  });
});

describe('the front page title, standfirst and footer on a phone', () => {
  for (const width of [300, 320, 375]) {
    it(`keep each of their words on one line at ${width} px («НОВЕЛЛЬНЫЙ20!8» is one word, «HALL-A» one compound)`, async () => {
      const { page, context, problems } = await openReader(site, { viewport: { width, height: 800 } });
      await page.goto(`${site.server.origin}/`);
      for (const selector of ['h1', '.front__standfirst', '.site-footer p:first-child']) {
        const split = await page.locator(selector).evaluate((element) => {
          // Every character's line, across the element's text nodes (compounds are spans of their own).
          const chars: { char: string; top: number }[] = [];
          const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
          const range = document.createRange();
          for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
            for (let i = 0; i < node.data.length; i++) {
              range.setStart(node, i);
              range.setEnd(node, i + 1);
              chars.push({ char: node.data[i]!, top: Math.round(range.getClientRects()[0]?.top ?? -1) });
            }
          }
          // Words run between spaces (plain or non-breaking); a word split across lines has two tops.
          const broken: string[] = [];
          let word: typeof chars = [];
          for (const entry of [...chars, { char: ' ', top: 0 }]) {
            if (/\s/.test(entry.char)) {
              if (new Set(word.map((c) => c.top)).size > 1) broken.push(word.map((c) => c.char).join(''));
              word = [];
            } else word.push(entry);
          }
          return { broken, lines: new Set(chars.map((c) => c.top)).size };
        });
        expect(split.broken, selector).toEqual([]);
        expect(split.lines, selector).toBeGreaterThan(0);
      }
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});

describe('the signature at an article’s end on a phone', () => {
  for (const width of [300, 320, 375]) {
    it(`keeps the author’s and the issue’s names each on one line at ${width} px, and no line starts with «·»`, async () => {
      const { page, context, problems } = await openReader(site, { viewport: { width, height: 800 } });
      await page.goto(`${site.server.origin}${ARTICLE}`);
      const lineStarts = await page.locator('.article-end__signature').evaluate((signature) => {
        // The first visible character of each line, by Range rects over the signature's text.
        const starts = new Map<number, string>();
        const walker = document.createTreeWalker(signature, NodeFilter.SHOW_TEXT);
        const range = document.createRange();
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          for (let i = 0; i < node.data.length; i++) {
            if (/\s/.test(node.data[i]!)) continue;
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            const top = Math.round(range.getClientRects()[0]?.top ?? -1);
            if (!starts.has(top)) starts.set(top, node.data[i]!);
          }
        }
        return [...starts.values()];
      });
      expect(lineStarts.length).toBeGreaterThan(0);
      expect(lineStarts).not.toContain('·');
      const lines = await page.locator('.article-end__signature a').evaluateAll((links) =>
        links.map((link) => ({ name: link.textContent, lines: new Set([...link.getClientRects()].map((rect) => Math.round(rect.top))).size })),
      );
      expect(lines.length).toBeGreaterThan(0);
      for (const link of lines) expect(link.lines, link.name ?? '').toBe(1);
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});
