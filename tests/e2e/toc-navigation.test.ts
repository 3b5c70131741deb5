import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { distDir } from '../support/paths.ts';

const ARTICLE = '/poteryat-doverie-bossa/';

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  server = await serveStatic(distDir('root'));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The heading's top edge is inside the viewport, below anything fixed or sticky at the top. */
async function headingIsInView(page: Page, id: string): Promise<boolean> {
  return page.evaluate((targetId) => {
    const rect = document.getElementById(targetId)!.getBoundingClientRect();
    return rect.top >= 0 && rect.top < window.innerHeight / 2;
  }, id);
}

for (const javaScriptEnabled of [true, false]) {
  describe(`table of contents with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    for (const width of [375, 1280]) {
      it(`brings every section into view at ${width} px`, async () => {
        const context = await browser.newContext({ javaScriptEnabled, viewport: { width, height: 800 }, reducedMotion: 'reduce' });
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(error.message));
        page.on('console', (message) => {
          if (message.type() === 'error') errors.push(message.text());
        });
        await page.goto(server.origin + ARTICLE);

        const sections = await page.locator('.prose h2').allTextContents();
        expect(sections).toHaveLength(4);

        const links = page.getByRole('navigation', { name: 'Содержание' }).getByRole('link');
        expect(await links.count()).toBe(4);
        for (let index = 0; index < 4; index++) {
          const link = links.nth(index);
          const href = (await link.getAttribute('href'))!;
          await link.click();
          await page.waitForFunction((hash) => location.hash === hash, href);
          expect(await headingIsInView(page, href.slice(1)), href).toBe(true);
          expect(await page.locator(`[id="${href.slice(1)}"]`).textContent()).toBe(await link.textContent());
        }
        expect(errors).toEqual([]);
        await context.close();
      });
    }
  });
}
