import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser.ts';
import { serveStatic, type StaticServer } from './static-server.ts';
import { distDir } from './paths.ts';

export interface SiteSession {
  browser: Browser;
  server: StaticServer;
}

/** For a test file: the built site served on 127.0.0.1 and one Chromium, both stopped after the file. */
export function useSiteInChromium(dir: string = distDir('root')): SiteSession {
  const session = {} as SiteSession;
  beforeAll(async () => {
    session.server = await serveStatic(dir);
    session.browser = await launchChromium();
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}
