import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site.ts';
import { distDir, fixtureContent, FIXTURE_BUILD_DATE, testCacheRoot, TEST_SITE_URL } from '../support/paths.ts';
import { fileHashes } from '../support/dist-files.ts';
import { makeTempProject } from '../support/temp-project.ts';
import { saysUpToDate } from '../../src/lib/integrations/build-log-lines.ts';

// Rebuilds with every cache kept (cards, typeset text, Astro's, the record of the last build)
// must publish exactly what a clean build of the same files publishes, and skip nothing that changed.
const project = makeTempProject({ content: fixtureContent('magazine') });
afterAll(() => project.dispose());
const cacheDir = path.join(testCacheRoot, 'rebuild-kept');
rmSync(cacheDir, { recursive: true, force: true });
const env = { SITE_URL: TEST_SITE_URL, BUILD_DATE: FIXTURE_BUILD_DATE, CACHE_DIR: cacheDir };
const out = distDir('rebuild-kept');

describe('a rebuild with caches kept', () => {
  it('with nothing changed, stops at once and leaves the output as it was', () => {
    const first = buildSite({ root: project.root, outDir: out, env });
    expect(first.status, first.output).toBe(0);
    const before = fileHashes(out);
    const again = buildSite({ root: project.root, outDir: out, env });
    expect(again.status, again.output).toBe(0);
    expect(again.output).toMatch(/с прошлой сборки ничего не изменилось: .* оставлен как есть \(проверено файлов: \d+\)/);
    expect(fileHashes(out)).toEqual(before);
  });

  it('after one article changed, equals a clean build of the changed files byte for byte, and shows the change everywhere', () => {
    const before = fileHashes(out);
    const file = 'content/plany.mdx';
    const text = readFileSync(path.join(project.root, file), 'utf8');
    project.write(file, text.replace('title: Планы на лето', 'title: Планы на осень').replace('Летом мы выпустим', 'Осенью мы выпустим'));
    const rebuilt = buildSite({ root: project.root, outDir: out, env });
    expect(rebuilt.status, rebuilt.output).toBe(0);
    expect(saysUpToDate(rebuilt.output)).toBe(false);

    // A clean build of the same files: its own, emptied cache folder.
    const clean = distDir('rebuild-clean');
    const fresh = buildSite({ root: project.root, outDir: clean, env: { SITE_URL: TEST_SITE_URL, BUILD_DATE: FIXTURE_BUILD_DATE } });
    expect(fresh.status, fresh.output).toBe(0);
    const after = fileHashes(out);
    expect(after).toEqual(fileHashes(clean));

    // The article, its card, the lists and the feed that show its title all changed.
    const changed = Object.keys(after).filter((name) => after[name] !== before[name]);
    expect(changed).toEqual(expect.arrayContaining(['plany/index.html', 'og/plany.png', 'rss.xml']));
    expect(readFileSync(path.join(out, 'plany/index.html'), 'utf8')).toContain('Осенью');
    expect(readFileSync(path.join(out, 'rss.xml'), 'utf8')).toContain('Планы на осень');
  });
});
