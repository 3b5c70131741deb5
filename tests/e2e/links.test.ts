import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawl } from '../support/crawl.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { distDir } from '../support/paths.ts';

let server: StaticServer;

beforeAll(async () => {
  server = await serveStatic(distDir('root'));
});

afterAll(async () => {
  await server?.close();
});

describe('site built at the root', () => {
  it('follows every internal link, asset and #fragment without a broken one', async () => {
    const result = await crawl(`${server.origin}/`, '/');
    expect(result.broken).toEqual([]);
    expect(result.pages.map((page) => new URL(page).pathname)).toEqual(expect.arrayContaining(['/', '/poteryat-doverie-bossa/']));
    // Distinct fragment targets: the article's four sections, and each page's #main.
    expect(result.checked.filter((url) => url.includes('/poteryat-doverie-bossa/#')).length).toBe(5);
  });
});
