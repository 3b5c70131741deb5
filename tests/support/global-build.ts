import { rmSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { buildSite } from './build-site.ts';
import { distDir, testDistRoot, TEST_SITE_URL } from './paths.ts';

/** Builds the site once for every build and browser test. */
export default function setup(): void {
  rmSync(testDistRoot, { recursive: true, force: true });
  mkdirSync(testDistRoot, { recursive: true });
  const outDir = distDir('root');
  const result = buildSite({ outDir, env: { SITE_URL: TEST_SITE_URL, BASE_PATH: '/' } });
  writeFileSync(path.join(testDistRoot, 'root.log'), result.output);
  if (result.status !== 0) {
    throw new Error(`astro build failed (exit ${result.status}):\n${result.output}`);
  }
}
