import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distDir, fixtureContent, projectRoot, TEST_SITE_URL } from '../support/paths.ts';
import { startAstroServer, startDevServer, type DevServer } from '../support/dev-server.ts';
import { makeTempProject, type TempProject } from '../support/temp-project.ts';

// A link typed or pasted without the final slash reaches the page, locally as on the static hosts:
// a 301 to the address with the slash, never Astro's English «404: Not Found (trailingSlash is set to "always")».
const ARTICLE = '/poteryat-doverie-bossa';

const get = (origin: string, url: string) => fetch(origin + url, { redirect: 'manual' });

/** `astro preview` of the site the global setup built. */
const startPreview = () =>
  startAstroServer(projectRoot, 'preview', {
    args: ['--outDir', distDir('root')],
    env: { SITE_URL: TEST_SITE_URL, BASE_PATH: '/', CONTENT_DIR: fixtureContent('seed') },
  });

describe('astro preview', () => {
  let preview: DevServer;
  beforeAll(async () => {
    preview = await startPreview();
  });
  afterAll(() => preview?.stop());

  it('redirects an article address without the final slash to the page, keeping the query', async () => {
    for (const [url, location] of [[ARTICLE, `${ARTICLE}/`], [`${ARTICLE}?utm=1`, `${ARTICLE}/?utm=1`]] as const) {
      const response = await get(preview.origin, url);
      expect(response.status, url).toBe(301);
      const target = new URL(response.headers.get('location')!, preview.origin);
      expect(target.pathname + target.search, url).toBe(location);
    }
    const page = await fetch(preview.origin + ARTICLE);
    expect(page.status).toBe(200);
    expect(page.url).toBe(`${preview.origin}${ARTICLE}/`);
    expect(await page.text()).toMatch(/<h1[^>]*class="article__title"/);
  });

  it('answers an address that is not there with the site’s own 404 page, with or without the slash', async () => {
    for (const url of ['/net-takoy-stranitsy', '/net-takoy-stranitsy/', '/%E0%A4%A']) {
      const response = await get(preview.origin, url);
      expect(response.status, url).toBe(404);
      const html = await response.text();
      expect(html, url).toContain('Страница не найдена');
      expect(html, url).not.toContain('trailingSlash');
    }
  });

  it('still serves the pages, files and feed as they are', async () => {
    for (const url of ['/', `${ARTICLE}/`, '/rss.xml', '/favicon.svg', '/robots.txt']) expect((await get(preview.origin, url)).status, url).toBe(200);
    expect(preview.log()).not.toMatch(/\[ERROR\]|\[WARN\]/);
  });
});

describe('astro dev', () => {
  let project: TempProject;
  let dev: DevServer;
  beforeAll(async () => {
    project = makeTempProject();
    dev = await startDevServer(project.root);
  }, 90_000);
  afterAll(() => {
    dev?.stop();
    project?.dispose();
  });

  it('redirects an address without the final slash to the one with it, and the page renders there', async () => {
    const response = await get(dev.origin, `${ARTICLE}?utm=1`);
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe(`${ARTICLE}/?utm=1`);
    const page = await fetch(dev.origin + ARTICLE);
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<h1[^>]*class="article__title"/);
  });

  it('leaves files and the dev server’s own addresses alone', async () => {
    for (const url of ['/favicon.svg', '/rss.xml', '/@vite/client']) expect((await get(dev.origin, url)).status, url).toBe(200);
  });
});
