import { describe, expect, it } from 'vitest';
import { useSiteInChromium } from '../support/site-session.ts';
import { distDir } from '../support/paths.ts';
import { htmlPages } from '../support/dist-files.ts';
import { openPhoneToc, openReader } from '../support/reader.ts';
import { axeViolations } from '../support/axe.ts';
// 404.html is visited as a host shows it: at an address that does not exist.
const pages = htmlPages(distDir('root')).map((file) => (file === '404.html' ? '/net-takoy-stranitsy/' : `/${file.replace(/index\.html$/, '')}`));

const site = useSiteInChromium();

describe('axe-core finds no violations', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const width of [375, 1280]) {
      it(`on every page, ${colorScheme}, ${width} px`, async () => {
        // bypassCSP lets the test inject axe; the site's own scripts are checked elsewhere under the real policy.
        const reader = await openReader(site, { colorScheme, viewport: { width, height: 900 }, bypassCSP: true });
        for (const path of pages) {
          const response = await reader.page.goto(site.server.origin + path);
          expect(response?.status(), path).toBe(path === '/net-takoy-stranitsy/' ? 404 : 200);
          expect(await axeViolations(reader.page), path).toEqual([]);
        }
        await reader.context.close();
      });
    }
  }
});

describe('keyboard', () => {
  it('reaches the skip link first, and it moves focus to the text', async () => {
    const { page, context } = await openReader(site, { viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.server.origin}/poteryat-doverie-bossa/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Перейти к тексту');
    expect(await page.evaluate(() => document.activeElement!.getBoundingClientRect().top >= 0)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await context.close();
  });

  for (const width of [375, 1280]) {
    it(`reaches every TOC link and heading anchor, each visibly focused, at ${width} px`, async () => {
      const { page, context } = await openReader(site, { viewport: { width, height: 900 } });
      await page.goto(`${site.server.origin}/poteryat-doverie-bossa/`);
      await openPhoneToc(page);
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      const wanted = await page.locator('.toc a, .heading__anchor').evaluateAll((els) => els.map((el) => el.getAttribute('href')! + '|' + el.className));
      const reached = new Set<string>();
      for (let i = 0; i < 60 && reached.size < wanted.length; i++) {
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const style = getComputedStyle(el);
          const rect = el.getBoundingClientRect();
          return {
            key: `${el.getAttribute('href')}|${el.className}`,
            visible: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 && rect.width > 0 && rect.height > 0,
          };
        });
        if (wanted.includes(focused.key)) {
          expect(focused.visible, focused.key).toBe(true);
          reached.add(focused.key);
        }
      }
      expect([...reached].sort()).toEqual([...wanted].sort());
      await context.close();
    });
  }
});
