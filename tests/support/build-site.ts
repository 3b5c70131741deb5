import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { testCacheRoot, testRootsDir } from './paths.ts';
import { copyProject } from './temp-project.ts';
import { buildScriptNodeArgs } from '../../src/lib/tooling/build-command.ts';

export interface BuildResult {
  status: number | null;
  output: string;
}

export interface BuildOptions {
  root?: string;
  outDir: string;
  env?: Record<string, string>;
}

/** A file-name-safe name for an output folder, for the cache folder and project copy that go with it. */
const folderKey = (outDir: string) => path.relative(path.dirname(testCacheRoot), outDir).replace(/[\\/]/g, '_');

/** The cache folder a build into `outDir` gets when its env names none. */
export const defaultCacheDir = (outDir: string) => path.join(testCacheRoot, folderKey(outDir));

/**
 * A copy of the project, made once per output folder and test run, for a build that names no
 * project of its own. Astro keeps generated modules in the project's `.astro/` folder whatever
 * the cache folder, so two builds of one project with different content would overwrite each
 * other's; with a copy each, test files can build side by side.
 */
function projectCopy(outDir: string, contentDir: string): string {
  const root = path.join(testRootsDir, folderKey(outDir));
  if (existsSync(root)) return root;
  mkdirSync(root, { recursive: true });
  copyProject(root, contentDir, contentDir);
  return root;
}

/** `npm run build`'s arguments to Node, from the project's package.json. */
function npmBuildArgs(root: string): string[] {
  const { scripts } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: { build: string } };
  return buildScriptNodeArgs(scripts.build);
}

/**
 * How `npm run build` is run as a deployer would run it: a child process with a clean env
 * for the site settings. Each output folder gets its own cache folder, emptied first,
 * unless `env.CACHE_DIR` names one, and, unless `root` names a project, its own copy of this one.
 */
function buildCommand(options: BuildOptions): { args: string[]; cwd: string; env: NodeJS.ProcessEnv } {
  const root = options.root ?? projectCopy(options.outDir, options.env?.CONTENT_DIR || 'content');
  const cacheDir = defaultCacheDir(options.outDir);
  if (!options.env?.CACHE_DIR) rmSync(cacheDir, { recursive: true, force: true });
  return {
    args: [...npmBuildArgs(root), '--outDir', options.outDir],
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
