import { rmSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { buildSite } from './build-site.ts';
import { distDir, fixtureContent, FIXTURE_BUILD_DATE, testCacheRoot, testDistRoot, TEST_SITE_URL } from './paths.ts';

/** Builds the seed fixture site (the article as first published) once for the build and browser tests that read it. */
export default function setup(): void {
  for (const dir of [testDistRoot, testCacheRoot]) rmSync(dir, { recursive: true, force: true });
  mkdirSync(testDistRoot, { recursive: true });
  const outDir = distDir('root');
  const result = buildSite({ outDir, env: { SITE_URL: TEST_SITE_URL, BASE_PATH: '/', CONTENT_DIR: fixtureContent('seed'), BUILD_DATE: FIXTURE_BUILD_DATE } });
  writeFileSync(path.join(testDistRoot, 'root.log'), result.output);
  if (result.status !== 0) {
    throw new Error(`astro build failed (exit ${result.status}):\n${result.output}`);
  }
}
