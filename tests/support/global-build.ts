import { rmSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { startBuild } from './build-site.ts';
import { distDir, fixtureContent, FIXTURE_BUILD_DATE, testCacheRoot, testDistRoot, testRootsDir, TEST_SITE_URL } from './paths.ts';

/** The fixture sites built once, before any test, for the build and browser tests that read them: dist folder → fixture. */
export const SHARED_BUILDS = { root: 'seed', magazine: 'magazine' } as const;

/** The build output of a shared build, as the build printed it. */
export const sharedBuildLog = (name: keyof typeof SHARED_BUILDS) => path.join(testDistRoot, `${name}.log`);

/**
 * Builds the seed fixture site (the article as first published) and the magazine
 * fixture (issues, authors, pictures, drafts, a scheduled article), side by side:
 * each build has a cache folder and a project copy of its own.
 */
export default async function setup(): Promise<void> {
  for (const dir of [testDistRoot, testCacheRoot, testRootsDir]) rmSync(dir, { recursive: true, force: true });
  mkdirSync(testDistRoot, { recursive: true });
  const builds = Object.entries(SHARED_BUILDS).map(async ([name, fixture]) => {
    const result = await startBuild({ outDir: distDir(name), env: { SITE_URL: TEST_SITE_URL, BASE_PATH: '/', CONTENT_DIR: fixtureContent(fixture), BUILD_DATE: FIXTURE_BUILD_DATE } });
    writeFileSync(sharedBuildLog(name as keyof typeof SHARED_BUILDS), result.output);
    if (result.status !== 0) throw new Error(`astro build of the ${fixture} fixture failed (exit ${result.status}):\n${result.output}`);
  });
  await Promise.all(builds);
}
