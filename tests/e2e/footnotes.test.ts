import { describe, expect, it } from 'vitest';
import { distDir } from '../support/paths.ts';
import { useSiteInChromium } from '../support/site-session.ts';
import { openReader } from '../support/reader.ts';
import { axeViolations } from '../support/axe.ts';

// «Итоги года в редакции» of the magazine fixture (built by the global setup) has two footnotes.
const PAGE = '/itogi-goda/';

const site = useSiteInChromium(distDir('magazine'));

describe('footnotes in Chromium', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const width of [375, 1280]) {
      it(`pass axe-core, ${colorScheme}, ${width} px`, async () => {
        // bypassCSP lets the test inject axe.
        const { page, context } = await openReader(site, { colorScheme, viewport: { width, height: 900 }, bypassCSP: true });
        await page.goto(site.server.origin + PAGE);
        expect(await axeViolations(page)).toEqual([]);
        await context.close();
      });
    }
  }

  it('shows the «Примечания» heading, and a note leads to its text and back', async () => {
    const { page, context, problems } = await openReader(site, { viewport: { width: 1280, height: 900 } });
    await page.goto(site.server.origin + PAGE);
    await expect.poll(() => page.getByRole('heading', { name: 'Примечания', level: 2 }).isVisible()).toBe(true);
    await page.locator('a[data-footnote-ref]').first().click();
    expect(new URL(page.url()).hash).toBe('#user-content-fn-1');
    await page.getByRole('link', { name: 'Вернуться к тексту, сноска 1', exact: true }).click();
    expect(new URL(page.url()).hash).toBe('#user-content-fnref-1');
    expect(problems).toEqual([]);
    await context.close();
  });
});
