import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
/** Where the site tests build to, so a developer's own dist/ is never overwritten by a test build. */
export const testDistRoot = path.join(projectRoot, '.cache', 'test-dist');
/** Caches of test builds, one folder per build, emptied before it: no test reads what an earlier run left. */
export const testCacheRoot = path.join(projectRoot, '.cache', 'test-cache');
/** Copies of the project for builds that name none (see build-site.ts), emptied by the global setup. */
export const testRootsDir = path.join(projectRoot, '.cache', 'test-roots');
export const TEST_SITE_URL = 'https://journal.example.org';

/** Fixture sites: content folders under tests/fixtures/sites/, built with CONTENT_DIR (relative to the project). */
export const fixtureContent = (site: string) => `tests/fixtures/sites/${site}/content`;

export function distDir(name: string): string {
  return path.join(testDistRoot, name);
}

/** The day fixture sites are built as of, so their output never depends on the day the tests run. */
export const FIXTURE_BUILD_DATE = '2026-06-01';
