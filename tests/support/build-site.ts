import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { projectRoot, testCacheRoot } from './paths.ts';

export interface BuildResult {
  status: number | null;
  output: string;
}

/**
 * Runs `astro build` as a deployer would, in a child process with a clean env
 * for the site settings, and returns its exit status and full log. Each output
 * folder gets its own cache folder, emptied first, unless `env.CACHE_DIR` names one.
 */
export function buildSite(options: { root?: string; outDir: string; env?: Record<string, string> }): BuildResult {
  const root = options.root ?? projectRoot;
  const cacheDir = path.join(testCacheRoot, path.relative(path.dirname(testCacheRoot), options.outDir).replace(/[\\/]/g, '_'));
  if (!options.env?.CACHE_DIR) rmSync(cacheDir, { recursive: true, force: true });
  const astroBin = path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const result = spawnSync(process.execPath, [astroBin, 'build', '--outDir', options.outDir], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...withoutTestMode(process.env),
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
      SITE_URL: '',
      BASE_PATH: '',
      EDIT_URL_BASE: '',
      CONTENT_DIR: '',
      BUILD_DATE: '',
      CACHE_DIR: cacheDir,
      ...options.env,
    },
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/**
 * Vitest puts NODE_ENV=test and Vite's import.meta.env values (BASE_URL, MODE, DEV, PROD, SSR)
 * into process.env; a child build would take them as its own. A deployer's shell has none of them.
 */
const TEST_RUNNER_VARIABLES = ['NODE_ENV', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST'];

export function withoutTestMode(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(env).filter(([key]) => !TEST_RUNNER_VARIABLES.includes(key) && !key.startsWith('VITEST')),
  );
}
