import { describe, expect, it } from 'vitest';
import { useSiteInChromium } from '../support/site-session.ts';
import { distDir } from '../support/paths.ts';
import { htmlPages } from '../support/dist-files.ts';
import { openReader } from '../support/reader.ts';

const site = useSiteInChromium();

describe('Content-Security-Policy in Chromium', () => {
  for (const file of htmlPages(distDir('root'))) {
    const path = file === '404.html' ? '/404.html' : `/${file.replace(/index\.html$/, '')}`;
    it(`${path}: no violation, and the page's scripts run`, async () => {
      const { page, context, problems } = await openReader(site);
      await page.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { cspViolations: string[] }).cspViolations = seen;
        document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
      });
      await page.goto(site.server.origin + path);
      // The inline pre-paint script ran (it adds .js), and so did the bundled module (it shows the toggle).
      expect(await page.evaluate(() => document.documentElement.classList.contains('js'))).toBe(true);
      await page.locator('[data-theme-toggle]').waitFor({ state: 'visible' });
      expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});
