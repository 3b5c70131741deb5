import { describe, expect, it } from 'vitest';
import { useSiteInChromium } from '../support/site-session.ts';
import { headingClearance, openPhoneToc, openReader } from '../support/reader.ts';

const ARTICLE = '/poteryat-doverie-bossa/';

const site = useSiteInChromium();

for (const javaScriptEnabled of [true, false]) {
  describe(`table of contents with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    for (const width of [375, 1280]) {
      it(`shows the four sections and brings each into view, not hidden, at ${width} px`, async () => {
        const { page, context, problems } = await openReader(site, { javaScriptEnabled, viewport: { width, height: 800 } });
        await page.goto(site.server.origin + ARTICLE);
        expect(await page.locator('.prose h2').allTextContents()).toHaveLength(4);

        const toc = page.getByRole('navigation', { name: 'Содержание' });
        const links = toc.getByRole('link', { includeHidden: true });
        expect(await links.count()).toBe(4);
        for (let index = 0; index < 4; index++) {
          // On a phone the TOC is a collapsed <details>: open it (natively, no script needed) when it is closed.
          if (!(await links.nth(index).isVisible())) await openPhoneToc(page);
          const link = links.nth(index);
          const href = (await link.getAttribute('href'))!;
          await link.click();
          await page.waitForFunction((hash) => location.hash === hash, href);
          const clearance = await headingClearance(page, href.slice(1));
          expect(clearance, href).toBeGreaterThanOrEqual(0);
          expect(clearance, href).toBeLessThan(300);
          expect(await page.locator(`[id="${href.slice(1)}"]`).textContent()).toBe(await link.textContent());
        }
        expect(problems).toEqual([]);
        await context.close();
      });
    }
  });
}
