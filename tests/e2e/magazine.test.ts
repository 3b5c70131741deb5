import { describe, expect, it } from 'vitest';
import { useSiteInChromium } from '../support/site-session.ts';
import { distDir } from '../support/paths.ts';
import { openReader } from '../support/reader.ts';
import { axeViolations } from '../support/axe.ts';

// The magazine fixture (global setup): the pages a magazine adds, and an article with a cover and a captioned photo.
const PAGES = ['/', '/vypusk/', '/vypusk/vtoroy-vypusk/', '/avtor/mariya-petrova/', '/zhurnal-redakcii/'];
const site = useSiteInChromium(distDir('magazine'));

describe('the magazine’s pages in Chromium', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const width of [375, 1280]) {
      it(`pass axe-core, ${colorScheme}, ${width} px`, async () => {
        const { page, context } = await openReader(site, { colorScheme, viewport: { width, height: 900 }, bypassCSP: true });
        for (const path of PAGES) {
          await page.goto(site.server.origin + path);
          expect(await axeViolations(page), path).toEqual([]);
        }
        await context.close();
      });
    }
  }

  for (const width of [300, 320]) {
    it(`never scroll sideways at ${width} px, under the site's CSP, with every picture loaded`, async () => {
      const { page, context, problems } = await openReader(site, { viewport: { width, height: 700 } });
      for (const path of PAGES) {
        await page.goto(site.server.origin + path);
        // Lazy pictures load as they come near: scroll through the page.
        await page.evaluate(async () => {
          for (let y = 0; y < document.documentElement.scrollHeight; y += 400) {
            window.scrollTo(0, y);
            await new Promise((resolve) => setTimeout(resolve, 20));
          }
        });
        await page.waitForLoadState('networkidle');
        const state = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          innerWidth: window.innerWidth,
          pictures: [...document.images].map((img) => ({ src: img.currentSrc, loaded: img.complete && img.naturalWidth > 0, right: img.getBoundingClientRect().right })),
        }));
        expect(state.scrollWidth, path).toBeLessThanOrEqual(state.innerWidth);
        for (const picture of state.pictures) {
          expect(picture.loaded, picture.src).toBe(true);
          expect(picture.right, picture.src).toBeLessThanOrEqual(state.innerWidth);
        }
      }
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  it('takes AVIF, the width the screen needs, and keeps each picture’s place before it loads', async () => {
    const { page, context } = await openReader(site, { viewport: { width: 375, height: 700 }, deviceScaleFactor: 2 });
    // Pictures held back: the layout must already have their height.
    await page.route('**/_astro/**', () => undefined);
    await page.goto(`${site.server.origin}/zhurnal-redakcii/`, { waitUntil: 'domcontentloaded' });
    const boxes = await page.evaluate(() => [...document.querySelectorAll('main picture img')].map((img) => {
      const rect = img.getBoundingClientRect();
      return Math.round((rect.height / rect.width) * 100) / 100;
    }));
    expect(boxes).toEqual([0.67, 0.6]);
    await page.unroute('**/_astro/**');
    await page.reload({ waitUntil: 'load' });
    const chosen = await page.evaluate(() => {
      const picture = document.querySelector('.article__header picture')!;
      const offered = picture.querySelector('source[type="image/avif"]')!.getAttribute('srcset')!.split(', ').map((candidate) => candidate.split(' '));
      const current = (picture.querySelector('img') as HTMLImageElement).currentSrc;
      return offered.find(([address]) => new URL(address!, location.href).href === current)?.[1];
    });
    // 375 CSS px at 2× wants 750 px: the 1080 px AVIF is the smallest that covers it.
    expect(chosen).toBe('1080w');
    await context.close();
  });
});
