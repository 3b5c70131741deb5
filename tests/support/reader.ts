import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import type { SiteSession } from './site-session.ts';

export interface ReaderPage {
  page: Page;
  context: BrowserContext;
  /** Console errors, page errors and failed or other-origin requests seen so far. */
  problems: string[];
}

/** A fresh browser context with a page that records anything a reader should never see go wrong. */
export async function openReader(site: SiteSession, options: BrowserContextOptions = {}): Promise<ReaderPage> {
  const origin = site.server.origin;
  const context = await site.browser.newContext({ reducedMotion: 'reduce', ...options });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('request', (request) => {
    if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) problems.push(`other origin: ${request.url()}`);
  });
  page.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`));
  return { page, context, problems };
}

/** Top of the heading below whatever sticks at the top of the viewport (the TOC bar on phones); negative when hidden under it. */
export async function headingClearance(page: Page, id: string): Promise<number> {
  return page.evaluate((targetId) => {
    const heading = document.getElementById(targetId)!.getBoundingClientRect();
    const tocElement = document.querySelector('.toc');
    if (!tocElement) return heading.top;
    const toc = tocElement.getBoundingClientRect();
    const coversTop = getComputedStyle(tocElement).position === 'sticky' && toc.top <= 0.5 && toc.left < heading.right && toc.right > heading.left;
    return heading.top - (coversTop ? toc.bottom : 0);
  }, id);
}

/** Opens the phone table of contents (a collapsed <details>) when its links are hidden; a no-op where the TOC is a side column. */
export async function openPhoneToc(page: Page): Promise<void> {
  if (!(await page.locator('.toc a').first().isVisible())) await page.locator('.toc summary').click();
}

/**
 * Taps the middle of the first element matching the selector where it is now on screen. Playwright's own
 * tap and click first scroll the element into view, which moves the page under a sticky bar.
 */
export async function tapWhereItIs(page: Page, selector: string): Promise<void> {
  const box = await page.locator(selector).first().evaluate((el) => {
    const rect = el.getBoundingClientRect();
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  });
  await page.touchscreen.tap(box.x, box.y);
}

/** Records every window scroll position from the first script on, in window.scrollPositions. */
export async function recordScrolling(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const positions: number[] = [];
    (window as unknown as { scrollPositions: number[] }).scrollPositions = positions;
    addEventListener('scroll', () => positions.push(Math.round(window.scrollY)), { passive: true });
  });
}

export const scrollPositions = (page: Page): Promise<number[]> => page.evaluate(() => (window as unknown as { scrollPositions: number[] }).scrollPositions);
