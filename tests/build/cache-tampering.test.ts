import { cpSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, defaultCacheDir } from '../support/build-site.ts';
import { distDir, fixtureContent, FIXTURE_BUILD_DATE, testCacheRoot, TEST_SITE_URL } from '../support/paths.ts';
import { fileHashes } from '../support/dist-files.ts';

describe('caches that cannot lie', () => {
  it('a build over a damaged cache publishes what a clean build publishes, repairs the cache and prunes it', () => {
    // The caches of the magazine fixture's clean build (global setup), copied to be damaged here.
    const cacheDir = path.join(testCacheRoot, 'tampered');
    rmSync(cacheDir, { recursive: true, force: true });
    cpSync(defaultCacheDir(distDir('magazine')), cacheDir, { recursive: true });
    const env = { SITE_URL: TEST_SITE_URL, BASE_PATH: '/', CONTENT_DIR: fixtureContent('magazine'), BUILD_DATE: FIXTURE_BUILD_DATE, CACHE_DIR: cacheDir };

    const cards = path.join(cacheDir, 'social-cards');
    const drawn = readdirSync(cards).sort();
    const [first, second, third] = drawn;
    const card = (name: string) => path.join(cards, name);
    writeFileSync(card(first!), readFileSync(card(first!)).subarray(0, 1000));
    writeFileSync(card(second!), '');
    writeFileSync(card(third!), 'not a picture');
    // A card nobody uses any more (an old title), last touched long ago.
    const stale = card('0123456789abcdef0123456789abcdef.png');
    writeFileSync(stale, readFileSync(card(third!)));
    utimesSync(stale, new Date(2020, 0, 1), new Date(2020, 0, 1));
    // A memo entry whose value is valid JSON but wrong, and a garbage line.
    const memo = path.join(cacheDir, 'typography.txt');
    const lines = readFileSync(memo, 'utf8').split('\n');
    const target = lines.findIndex((line) => line.includes('Год был долгим'));
    expect(target).toBeGreaterThan(0);
    lines[target] = lines[target]!.replace(/\t"[^\t]*"$/, '\t"Подменённый текст."');
    writeFileSync(memo, `${lines.join('\n')}garbage without tabs\n`);

    const again = buildSite({ outDir: distDir('cache-tampered'), env });
    expect(again.status, again.output).toBe(0);
    expect(fileHashes(distDir('cache-tampered'))).toEqual(fileHashes(distDir('magazine')));
    expect(readdirSync(cards).sort()).toEqual(drawn);
    expect(readFileSync(memo, 'utf8')).not.toContain('Подменённый');
  });
});
