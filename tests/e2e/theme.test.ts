import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSiteInChromium } from '../support/site-session.ts';
import { openReader } from '../support/reader.ts';

const ARTICLE = '/poteryat-doverie-bossa/';
const LIGHT = 'rgb(251, 250, 247)';
const DARK = 'rgb(21, 20, 19)';
const site = useSiteInChromium();

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const toggle = (page: Page) => page.locator('[data-theme-toggle]');
/** The button's accessible name, its width, and which of its icons shows. */
const face = (page: Page) =>
  toggle(page).evaluate((button) => ({
    width: Math.round(button.getBoundingClientRect().width),
    icon: [...button.querySelectorAll('svg')].findIndex((svg) => svg.checkVisibility({ visibilityProperty: true })),
  }));
const accessibleName = async (page: Page) => (await page.locator('[data-theme-toggle]').ariaSnapshot()).replace(/^- button "?|"?$/g, '');

describe('theme switch', () => {
  for (const [system, shown, other] of [['light', LIGHT, DARK], ['dark', DARK, LIGHT]] as const) {
    it(`on a ${system} system: says what a click will do, the first click changes the colours, and the choice lasts`, async () => {
      const { page, context, problems } = await openReader(site, { colorScheme: system, viewport: { width: 1280, height: 800 } });
      await page.goto(site.server.origin + ARTICLE);
      expect(await background(page)).toBe(shown);
      const toDark = system === 'light';
      expect(await accessibleName(page)).toBe(toDark ? 'Тёмная тема' : 'Светлая тема');
      const before = await face(page);
      await toggle(page).click();
      expect(await background(page)).toBe(other);
      expect(await accessibleName(page)).toBe(toDark ? 'Светлая тема' : 'Тёмная тема');
      const after = await face(page);
      expect(after.width, 'the button keeps its width').toBe(before.width);
      expect(after.icon, 'each state has its icon').not.toBe(before.icon);
      // Record the theme the very first paint would use: before any module script has run.
      await page.addInitScript(() => {
        document.addEventListener('DOMContentLoaded', () => {
          (window as unknown as { firstBackground?: string }).firstBackground = getComputedStyle(document.body).backgroundColor;
        }, { once: true });
      });
      for (const path of [ARTICLE, '/']) {
        await page.goto(site.server.origin + path);
        expect(await page.evaluate(() => (window as unknown as { firstBackground?: string }).firstBackground), path).toBe(other);
        expect(await background(page), path).toBe(other);
      }
      // Clicking back follows the system again: nothing is left in storage.
      await toggle(page).click();
      expect(await background(page)).toBe(shown);
      expect(await page.evaluate(() => localStorage.getItem('theme'))).toBeNull();
      await page.reload();
      expect(await background(page)).toBe(shown);
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  it('is an icon with the same name on a phone, and keeps its width there too', async () => {
    const { page, context } = await openReader(site, { colorScheme: 'light', viewport: { width: 320, height: 700 } });
    await page.goto(site.server.origin + ARTICLE);
    const button = page.getByRole('button', { name: 'Тёмная тема' });
    expect(await button.isVisible()).toBe(true);
    const before = await face(page);
    expect(before.width).toBeLessThanOrEqual(48);
    await button.click();
    expect(await background(page)).toBe(DARK);
    expect((await face(page)).width).toBe(before.width);
    await context.close();
  });

  it('works where storage is blocked, for the page at hand', async () => {
    const { page, context, problems } = await openReader(site, { colorScheme: 'light' });
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('blocked', 'SecurityError');
        },
      });
    });
    await page.goto(site.server.origin + ARTICLE);
    await toggle(page).click();
    expect(await background(page)).toBe(DARK);
    await toggle(page).click();
    expect(await background(page)).toBe(LIGHT);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('is hidden without JavaScript, where it could not work', async () => {
    const { page, context } = await openReader(site, { javaScriptEnabled: false });
    await page.goto(site.server.origin + ARTICLE);
    expect(await toggle(page).isVisible()).toBe(false);
    await context.close();
  });
});
