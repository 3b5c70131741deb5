import { cpSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, defaultCacheDir } from '../support/build-site.ts';
import { distDir, testCacheRoot } from '../support/paths.ts';
import { loadPage } from '../support/dist-files.ts';
import { makeTempProject, type TempProject } from '../support/temp-project.ts';

// Builds must check the code as it is now: a cache left by an earlier build, made with other rules,
// must not hand back text set by those rules (no version number to remember to bump).
const ARTICLE = 'poteryat-doverie-bossa/index.html';
const out = distDir('changed-typography');
let project: TempProject;

const before = distDir('root');

beforeAll(() => {
  project = makeTempProject();
  // The caches of the seed fixture's build (global setup), copied: this build finds everything that one typeset.
  const cacheDir = path.join(testCacheRoot, 'changed-typography');
  rmSync(cacheDir, { recursive: true, force: true });
  cpSync(defaultCacheDir(before), cacheDir, { recursive: true });
  expect(readFileSync(path.join(cacheDir, 'typography.txt'), 'utf8')).toMatch(/ и\u00a0/);
  const file = path.join(project.root, 'src/lib/markdown/typography.ts');
  const source = readFileSync(file, 'utf8');
  const changed = source.replace("  'common/space/trimRight',\n", "  'common/space/trimRight',\n  'common/nbsp/*',\n  'ru/nbsp/*',\n");
  expect(changed).not.toBe(source);
  project.write('src/lib/markdown/typography.ts', changed);
  const result = buildSite({ root: project.root, outDir: out, env: { CACHE_DIR: cacheDir } });
  expect(result.status, result.output).toBe(0);
});

afterAll(() => project?.dispose());

describe('a test build after a typography rule changed', () => {
  it('shows the new rule: no non-breaking spaces where the shipped rules put them', () => {
    const prose = (dir: string) => loadPage(dir, ARTICLE)('.prose').text();
    expect(prose(before)).toMatch(/ и\u00a0/);
    expect(prose(out)).not.toMatch(/ и\u00a0/);
    expect(prose(out)).toMatch(/ и /);
  });
});
