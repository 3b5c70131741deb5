import { spawn, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { projectRoot, testCacheRoot } from './paths.ts';

export interface BuildResult {
  status: number | null;
  output: string;
}

export interface BuildOptions {
  root?: string;
  outDir: string;
  env?: Record<string, string>;
}

/**
 * How `astro build` is run as a deployer would run it: a child process with a clean env
 * for the site settings. Each output folder gets its own cache folder, emptied first,
 * unless `env.CACHE_DIR` names one.
 */
function buildCommand(options: BuildOptions): { args: string[]; cwd: string; env: NodeJS.ProcessEnv } {
  const root = options.root ?? projectRoot;
  const cacheDir = path.join(testCacheRoot, path.relative(path.dirname(testCacheRoot), options.outDir).replace(/[\\/]/g, '_'));
  if (!options.env?.CACHE_DIR) rmSync(cacheDir, { recursive: true, force: true });
  return {
    args: [path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', options.outDir],
    cwd: root,
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
  };
}

/** Builds and returns the exit status and full log. */
export function buildSite(options: BuildOptions): BuildResult {
  const { args, cwd, env } = buildCommand(options);
  const result = spawnSync(process.execPath, args, { cwd, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Starts a build and goes on; the promise gives what buildSite gives, once it ends. */
export function startBuild(options: BuildOptions): Promise<BuildResult> {
  const { args, cwd, env } = buildCommand(options);
  const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, output })));
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
