import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSiteInChromium } from '../support/site-session.ts';
import { headingClearance, openPhoneToc, openReader } from '../support/reader.ts';

const ARTICLE = '/poteryat-doverie-bossa/';
const site = useSiteInChromium();

const currentLinks = (page: Page) => page.locator('.toc a[aria-current]').evaluateAll((els) => els.map((el) => el.getAttribute('href')));

describe('table of contents that follows the reader', () => {
  it('marks exactly the section being read, the last one at the bottom, with no layout shift', async () => {
    const { page, context, problems } = await openReader(site, { viewport: { width: 1280, height: 800 } });
    await page.goto(site.server.origin + ARTICLE);
    await page.evaluate(() => {
      // Each shift with what moved, so a failure names the element.
      const shifts: string[] = [];
      (window as unknown as { shifts: string[] }).shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; sources?: { node?: Node | null }[] }[]) {
          const moved = (entry.sources ?? []).map(({ node }) => (node instanceof Element ? `${node.tagName.toLowerCase()}.${node.className}` : String(node?.nodeName)));
          shifts.push(`${entry.value.toFixed(4)}: ${moved.join(', ')}`);
        }
      }).observe({ type: 'layout-shift', buffered: false });
    });
    expect(await currentLinks(page)).toEqual([]);
    const ids = await page.locator('.prose h2').evaluateAll((els) => els.map((el) => el.id));
    for (const id of ids.slice(0, -1)) {
      await page.evaluate((target) => document.getElementById(target)!.scrollIntoView({ block: 'start' }), id);
      await page.waitForFunction((target) => document.querySelector(`.toc a[href="#${target}"]`)?.hasAttribute('aria-current'), id);
      expect(await currentLinks(page)).toEqual([`#${id}`]);
    }
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForFunction((target) => document.querySelector(`.toc a[href="#${target}"]`)?.hasAttribute('aria-current'), ids.at(-1));
    expect(await currentLinks(page)).toEqual([`#${ids.at(-1)}`]);
    expect(await page.evaluate(() => (window as unknown as { shifts: string[] }).shifts)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('keeps the current link visible inside a TOC that has to scroll', async () => {
    const { page, context } = await openReader(site, { viewport: { width: 1280, height: 260 } });
    await page.goto(site.server.origin + ARTICLE);
    expect(await page.locator('.toc__list').first().evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForSelector('.toc a[aria-current]');
    const inside = await page.evaluate(() => {
      const list = document.querySelector('.toc__list')!.getBoundingClientRect();
      const link = document.querySelector('.toc a[aria-current]')!.getBoundingClientRect();
      return link.top >= list.top - 1 && link.bottom <= list.bottom + 1;
    });
    expect(inside).toBe(true);
    await context.close();
  });

  it('keeps working after a resize from phone to desktop width', async () => {
    const { page, context } = await openReader(site, { viewport: { width: 375, height: 800 } });
    await page.goto(site.server.origin + ARTICLE);
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(await page.locator('.toc details').evaluate((el) => (el as HTMLDetailsElement).open)).toBe(true);
    const id = await page.locator('.prose h2').nth(2).getAttribute('id');
    await page.evaluate((target) => document.getElementById(target!)!.scrollIntoView({ block: 'start' }), id);
    await page.waitForFunction((target) => document.querySelector(`.toc a[href="#${target}"]`)?.hasAttribute('aria-current'), id);
    expect(await currentLinks(page)).toEqual([`#${id}`]);
    await context.close();
  });

  it('on a phone: opens, navigates to a section that lands below the sticky bar, closes, and names the section', async () => {
    const { page, context, problems } = await openReader(site, { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
    await page.goto(site.server.origin + ARTICLE);
    const details = page.locator('.toc details');
    expect(await details.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
    const links = page.locator('.toc a');
    for (let index = 0; index < 4; index++) {
      await openPhoneToc(page);
      expect(await details.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(true);
      const href = (await links.nth(index).getAttribute('href'))!;
      const title = (await links.nth(index).textContent())!;
      await links.nth(index).click();
      await page.waitForFunction((hash) => location.hash === hash, href);
      expect(await details.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
      const clearance = await headingClearance(page, href.slice(1));
      expect(clearance, href).toBeGreaterThanOrEqual(0);
      expect(clearance, href).toBeLessThan(200);
      await page.waitForFunction((text) => document.querySelector('[data-toc-current]')?.textContent === text, title);
    }
    expect(problems).toEqual([]);
    await context.close();
  });
});

// The theme switch: tests/e2e/theme.test.ts.

describe('print', () => {
  it('prints the text alone, black on white, with the TOC as a plain open list', async () => {
    const { page, context } = await openReader(site, { colorScheme: 'dark', viewport: { width: 1280, height: 800 } });
    await page.goto(site.server.origin + ARTICLE);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => {
      const shown = (selector: string) => {
        const el = document.querySelector(selector);
        return !!el && getComputedStyle(el).display !== 'none' && el.getBoundingClientRect().height > 0;
      };
      return {
        header: shown('.site-header'),
        footer: shown('.site-footer'),
        anchors: shown('.heading__anchor'),
        tocLinks: [...document.querySelectorAll('.toc a')].every((a) => a.getBoundingClientRect().height > 0),
        tocPosition: getComputedStyle(document.querySelector('.toc')!).position,
        text: getComputedStyle(document.body).color,
        paper: getComputedStyle(document.body).backgroundColor,
        headingBreak: getComputedStyle(document.querySelector('.heading')!).breakAfter,
      };
    });
    expect(printed).toEqual({
      header: false, footer: false, anchors: false, tocLinks: true, tocPosition: 'static',
      text: 'rgb(0, 0, 0)', paper: 'rgb(255, 255, 255)', headingBreak: 'avoid',
    });
    await context.close();
  });
});
