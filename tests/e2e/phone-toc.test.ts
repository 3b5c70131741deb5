import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSiteInChromium } from '../support/site-session.ts';
import { headingClearance, openReader, recordScrolling, scrollPositions, tapWhereItIs } from '../support/reader.ts';

const ARTICLE = '/poteryat-doverie-bossa/';
const PHONE = { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true };
const site = useSiteInChromium();

const isOpen = (page: Page) => page.locator('.toc details').evaluate((el) => (el as HTMLDetailsElement).open);
const waitClosed = (page: Page) => page.waitForFunction(() => !document.querySelector<HTMLDetailsElement>('.toc details')!.open, null, { timeout: 5000 });
const sectionIds = (page: Page) => page.locator('.prose h2').evaluateAll((els) => els.map((el) => el.id));

/** What the closed bar says, and whether all of it fits inside the bar. */
const bar = (page: Page) =>
  page.evaluate(() => {
    const toc = document.querySelector('.toc')!.getBoundingClientRect();
    // Shown whole inside the bar; a text too long for it ends in an ellipsis instead of overflowing.
    const shown = (selector: string) => {
      const el = document.querySelector<HTMLElement>(selector)!;
      const rect = el.getBoundingClientRect();
      const inside = rect.left >= toc.left && rect.right <= toc.right && rect.top >= toc.top && rect.bottom <= toc.bottom;
      const whole = el.scrollWidth <= el.clientWidth + 1 || getComputedStyle(el).textOverflow === 'ellipsis';
      return { text: el.textContent, fits: el.checkVisibility() && (el.textContent === '' || (rect.width > 0 && inside && whole)) };
    };
    return { title: shown('.toc__title'), position: shown('[data-toc-position]'), current: shown('[data-toc-current]') };
  });

describe('phone TOC bar', () => {
  for (const width of [300, 375]) {
    it(`names the section being read, from «Начало» before the first heading, with its position, at ${width} px`, async () => {
      const { page, context, problems } = await openReader(site, { ...PHONE, viewport: { width, height: 740 } });
      await page.goto(site.server.origin + ARTICLE);
      expect(await bar(page)).toEqual({ title: { text: 'Содержание', fits: true }, position: { text: '', fits: true }, current: { text: 'Начало', fits: true } });
      const ids = await sectionIds(page);
      const titles = await page.locator('.toc a').allTextContents();
      expect(ids.length).toBe(titles.length);
      for (const [index, id] of ids.entries()) {
        await page.evaluate((target) => document.getElementById(target)!.scrollIntoView({ block: 'start' }), id);
        await page.waitForFunction((text) => document.querySelector('[data-toc-current]')?.textContent === text, titles[index]);
        const shown = await bar(page);
        expect(shown.position).toEqual({ text: `${index + 1} из ${ids.length}`, fits: true });
        // A long title is cut with an ellipsis inside the bar rather than pushing it wider.
        expect(shown.current.fits, titles[index]).toBe(true);
      }
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.waitForFunction(() => document.querySelector('[data-toc-current]')?.textContent === 'Начало');
      expect((await bar(page)).position.text).toBe('');
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  it('closes on a tap outside it, and the tap still does nothing else; a tap inside the open list keeps it open', async () => {
    const { page, context, problems } = await openReader(site, PHONE);
    await page.goto(site.server.origin + ARTICLE);
    // The bar at the top of the screen, as a reader meets it mid-article, so there is text below the open list.
    await page.evaluate(() => window.scrollTo(0, document.querySelector('.toc')!.getBoundingClientRect().top + window.scrollY));
    await tapWhereItIs(page, '.toc summary');
    expect(await isOpen(page)).toBe(true);
    const list = await page.locator('.toc__list').first().evaluate((el) => {
      const rect = el.getBoundingClientRect();
      return { left: rect.left, top: rect.top, bottom: rect.bottom };
    });
    // The list's own padding, beside the links: still the TOC.
    await page.touchscreen.tap(list.left + 4, list.top + 3);
    expect(await isOpen(page)).toBe(true);
    const before = await page.evaluate(() => ({ y: window.scrollY, url: location.href }));
    expect(list.bottom + 60).toBeLessThan(PHONE.viewport.height);
    await page.touchscreen.tap(60, list.bottom + 60);
    await waitClosed(page);
    expect(await page.evaluate(() => ({ y: window.scrollY, url: location.href }))).toEqual(before);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('closes on Escape and gives focus back to its summary, also from a link inside', async () => {
    const { page, context } = await openReader(site, { viewport: { width: 375, height: 740 } });
    await page.goto(site.server.origin + ARTICLE);
    await page.locator('.toc summary').focus();
    await page.keyboard.press('Enter');
    expect(await isOpen(page)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await isOpen(page)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.toc__list') !== null)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await isOpen(page)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
    await context.close();
  });

  it('stays open while the reader looks at it, and closes when the reader scrolls the page', async () => {
    const { page, context, problems } = await openReader(site, PHONE);
    await page.goto(site.server.origin + ARTICLE);
    const [, second] = await sectionIds(page);
    await page.evaluate((target) => document.getElementById(target)!.scrollIntoView({ block: 'start' }), second!);
    await page.waitForTimeout(200);
    const y = await page.evaluate(() => window.scrollY);
    await tapWhereItIs(page, '.toc summary');
    expect(await isOpen(page)).toBe(true);
    // Opening moves nothing under the bar, and does not count as the reader scrolling.
    await page.waitForTimeout(600);
    expect(await isOpen(page)).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBe(y);
    await page.mouse.move(180, 700);
    await page.mouse.wheel(0, 300);
    await waitClosed(page);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('closes on a jump to a section, and that jump does not count as the reader scrolling', async () => {
    const { page, context } = await openReader(site, PHONE);
    await page.goto(site.server.origin + ARTICLE);
    const ids = await sectionIds(page);
    await tapWhereItIs(page, '.toc summary');
    await tapWhereItIs(page, `.toc a[href="#${ids[2]}"]`);
    await page.waitForFunction((hash) => location.hash === hash, `#${ids[2]}`);
    expect(await isOpen(page)).toBe(false);
    expect(await headingClearance(page, ids[2]!)).toBeGreaterThanOrEqual(0);
    // Open again where the jump landed: it stays open.
    await tapWhereItIs(page, '.toc summary');
    await page.waitForTimeout(600);
    expect(await isOpen(page)).toBe(true);
    await context.close();
  });
});

describe('jumps to a section', () => {
  for (const viewport of [PHONE.viewport, { width: 1280, height: 800 }]) {
    it(`a direct link lands at once, without gliding through the article, at ${viewport.width} px`, async () => {
      const { page, context, problems } = await openReader(site, { viewport, reducedMotion: 'no-preference' });
      await recordScrolling(page);
      const id = 'ne-zapolnyat-ego-ili-ee-do-posledney-minuty';
      await page.goto(`${site.server.origin}${ARTICLE}#${id}`);
      await page.waitForTimeout(1000);
      const landed = await page.evaluate(() => Math.round(window.scrollY));
      expect(landed).toBeGreaterThan(1000);
      expect((await scrollPositions(page)).filter((y) => Math.abs(y - landed) > 1)).toEqual([]);
      const clearance = await headingClearance(page, id);
      expect(clearance).toBeGreaterThanOrEqual(0);
      expect(clearance).toBeLessThan(200);
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  it('a click in the TOC glides when motion is welcome, and jumps at once when reduced motion is asked for', async () => {
    for (const reducedMotion of ['no-preference', 'reduce'] as const) {
      const { page, context } = await openReader(site, { viewport: { width: 1280, height: 800 }, reducedMotion });
      await recordScrolling(page);
      await page.goto(site.server.origin + ARTICLE);
      const last = page.locator('.toc a').last();
      const hash = await last.getAttribute('href');
      await last.click();
      await page.waitForFunction((target) => location.hash === target, hash);
      await page.waitForFunction(() => !document.documentElement.classList.contains('toc-jump'), null, { timeout: 5000 });
      const landed = await page.evaluate(() => Math.round(window.scrollY));
      const between = (await scrollPositions(page)).filter((y) => y > 1 && Math.abs(y - landed) > 1);
      if (reducedMotion === 'reduce') expect(between, reducedMotion).toEqual([]);
      else expect(between.length, reducedMotion).toBeGreaterThan(3);
      await context.close();
    }
  });
});
