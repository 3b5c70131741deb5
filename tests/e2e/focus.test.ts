import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSiteInChromium } from '../support/site-session.ts';
import { openReader } from '../support/reader.ts';

const ARTICLE = '/poteryat-doverie-bossa/';
const site = useSiteInChromium();

interface Stop {
  key: string;
  /** What is wrong with its focus ring; empty when the whole ring shows. */
  problems: string[];
}

/** The focused element, and whether its whole outline is on screen: inside the viewport, every clipping ancestor, and clear of the sticky TOC bar. */
const focusedStop = (page: Page): Promise<Stop | null> =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const key = `${el.tagName.toLowerCase()}${el.getAttribute('href') ? ` ${el.getAttribute('href')}` : ''}${el.className ? `.${el.className}` : ''} «${(el.textContent ?? '').trim().slice(0, 30)}»`;
    const style = getComputedStyle(el);
    const problems: string[] = [];
    const width = style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth);
    if (width < 2) problems.push(`outline ${style.outlineStyle} ${style.outlineWidth}`);
    const rect = el.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) problems.push('no box');
    const grow = width + parseFloat(style.outlineOffset || '0');
    const ring = { left: rect.left - grow, top: rect.top - grow, right: rect.right + grow, bottom: rect.bottom + grow };
    const outside = (box: { left: number; top: number; right: number; bottom: number }, name: string) => {
      const edges: string[] = (['left', 'top'] as const).filter((edge) => ring[edge] < box[edge] - 0.5);
      edges.push(...(['right', 'bottom'] as const).filter((edge) => ring[edge] > box[edge] + 0.5));
      if (edges.length > 0) problems.push(`ring cut at the ${edges.join(', ')} by ${name}`);
    };
    outside({ left: 0, top: 0, right: document.documentElement.clientWidth, bottom: window.innerHeight }, 'the viewport');
    for (let parent = el.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
      const clip = getComputedStyle(parent);
      if (clip.overflowX === 'visible' && clip.overflowY === 'visible') continue;
      const box = parent.getBoundingClientRect();
      const left = box.left + parent.clientLeft;
      const top = box.top + parent.clientTop;
      outside({ left, top, right: left + parent.clientWidth, bottom: top + parent.clientHeight }, `${parent.tagName.toLowerCase()}.${parent.className}`);
    }
    const toc = document.querySelector('.toc');
    if (toc && !toc.contains(el) && getComputedStyle(toc).position === 'sticky') {
      const bar = toc.getBoundingClientRect();
      if (bar.top <= 0.5 && ring.top < bar.bottom && bar.left < ring.right && bar.right > ring.left) problems.push('ring under the sticky TOC bar');
    }
    return { key, problems };
  });

/** Every Tab stop from the top of the page, in order, until focus leaves the page or comes round again. */
async function tabThrough(page: Page): Promise<Stop[]> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const stops: Stop[] = [];
  for (let i = 0; i < 100; i++) {
    await page.keyboard.press('Tab');
    const stop = await focusedStop(page);
    if (!stop || stops.some((seen) => seen.key === stop.key)) break;
    stops.push(stop);
  }
  return stops;
}

describe('focus rings', () => {
  for (const width of [375, 1280]) {
    it(`every Tab stop on the article shows its whole focus ring, at ${width} px`, async () => {
      const { page, context } = await openReader(site, { viewport: { width, height: 800 } });
      await page.goto(site.server.origin + ARTICLE);
      const stops = await tabThrough(page);
      expect(stops.length).toBeGreaterThan(5);
      expect(stops.filter((stop) => stop.problems.length > 0)).toEqual([]);
      // The side column's links are Tab stops there (on a phone they wait inside the closed bar: next test).
      const tocLinks = await page.locator('.toc a').evaluateAll((links) => links.map((link) => `a ${link.getAttribute('href')} «`));
      const reached = tocLinks.filter((start) => stops.some((stop) => stop.key.startsWith(start)));
      expect(reached).toEqual(width === 1280 ? tocLinks : []);
      await context.close();
    });
  }

  it('the links inside the open phone TOC show their whole ring too, also once the bar is stuck to the top', async () => {
    const { page, context } = await openReader(site, { viewport: { width: 375, height: 800 } });
    await page.goto(site.server.origin + ARTICLE);
    for (const scrolled of [false, true]) {
      if (scrolled) await page.evaluate(() => document.querySelectorAll('.prose h2')[1]!.scrollIntoView());
      await page.locator('.toc summary').focus();
      await page.keyboard.press('Enter');
      const stops: Stop[] = [(await focusedStop(page))!];
      for (const _ of await page.locator('.toc a').all()) {
        await page.keyboard.press('Tab');
        stops.push((await focusedStop(page))!);
      }
      expect(stops.map((stop) => stop.key.split(' ')[0])).toEqual(['summary.toc__summary', ...stops.slice(1).map(() => 'a')]);
      expect(stops.filter((stop) => stop.problems.length > 0), `scrolled: ${scrolled}`).toEqual([]);
      await page.keyboard.press('Escape');
    }
    await context.close();
  });
});

describe('no Tab stop that does nothing', () => {
  it('the side-column TOC on a wide screen has a title, not a summary to tab to', async () => {
    const { page, context } = await openReader(site, { viewport: { width: 1280, height: 800 } });
    await page.goto(site.server.origin + ARTICLE);
    const stops = await tabThrough(page);
    expect(stops.filter((stop) => stop.key.startsWith('summary'))).toEqual([]);
    expect(await page.locator('.toc__heading').isVisible()).toBe(true);
    expect(await page.locator('.toc a').first().isVisible()).toBe(true);
    await context.close();
  });

  it('without JavaScript too', async () => {
    const { page, context } = await openReader(site, { viewport: { width: 1280, height: 800 }, javaScriptEnabled: false });
    await page.goto(site.server.origin + ARTICLE);
    expect(await page.locator('.toc summary').isVisible()).toBe(false);
    expect(await page.locator('.toc a').first().isVisible()).toBe(true);
    await context.close();
  });

  it('on a phone the summary is the Tab stop, and it opens and closes the TOC', async () => {
    const { page, context } = await openReader(site, { viewport: { width: 375, height: 800 } });
    await page.goto(site.server.origin + ARTICLE);
    const stops = await tabThrough(page);
    expect(stops.filter((stop) => stop.key.startsWith('summary')).length).toBe(1);
    await page.locator('.toc summary').focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('.toc a').first().isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.locator('.toc a').first().isVisible()).toBe(false);
    await context.close();
  });
});
