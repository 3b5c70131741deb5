import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { BuildSettings } from '../site/build-settings.ts';
import type { SiteEnv } from '../site/site-env.ts';
import { upToDateLogLine } from './build-log-lines.ts';

/** Folders that are never an input of the build: dependencies (counted by their lockfiles), outputs, caches, tool reports. */
const NOT_INPUTS = new Set(['node_modules', '.git', '.cache', '.astro', 'dist', 'reports', 'coverage', '.stryker-tmp']);

/** Every file under `dir` (relative paths, sorted), skipping the folders in `skip` by name at any depth. */
function filesUnder(dir: string, skip: ReadonlySet<string> = new Set()): string[] {
  const found: string[] = [];
  const walk = (relative: string) => {
    let entries;
    try {
      entries = readdirSync(path.join(dir, relative), { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const file = path.join(relative, entry.name);
      if (entry.isDirectory()) {
        if (!skip.has(entry.name)) walk(file);
      } else if (entry.isFile() || entry.isSymbolicLink()) found.push(file);
    }
  };
  walk('');
  return found.sort();
}

const sha1 = (bytes: Uint8Array | string) => createHash('sha1').update(bytes).digest('hex');

/** Hashes of every file of a folder: what the next build checks the output against. */
function folderHashes(dir: string): Record<string, string> {
  return Object.fromEntries(filesUnder(dir).map((file) => [file, sha1(readFileSync(path.join(dir, file)))]));
}

interface Record_ {
  inputs: string;
  output: Record<string, string>;
}

/**
 * A build with nothing changed finishes at once. Astro recompiles every MDX module on
 * every build (nothing of its Vite bundle is kept), so a rebuild of an unchanged project
 * would cost most of a clean one. The inputs are every file of the project but outputs,
 * caches and dependencies (the lockfiles stand for those), the command line, Node's version,
 * the site settings (env and .env files) and the day taken as today. When they equal those
 * of the last build that finished, and the output folder holds exactly the files that build
 * wrote, byte for byte, the build stops before touching anything: the output is the one a
 * build would write again (two clean builds are byte-identical, a test checks it).
 * `astro build --force` always builds.
 */
export function upToDate(settings: BuildSettings, env: SiteEnv): { check: AstroIntegration; record: AstroIntegration } {
  const recordFile = path.join(settings.cacheDir, 'last-build.json');
  let inputs = '';
  const check: AstroIntegration = {
    name: 'up-to-date',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build') return;
        const root = fileURLToPath(config.root);
        const outDir = fileURLToPath(config.outDir);
        const hash = createHash('sha1');
        hash.update(JSON.stringify({ argv: process.argv.slice(2), node: process.version, settings, env, site: config.site, base: config.base, outDir }));
        // The content folder counts even when it sits under a folder that is otherwise not an input.
        const tree = new Set([...filesUnder(root, NOT_INPUTS), ...filesUnder(path.join(root, settings.contentDir)).map((file) => path.join(settings.contentDir, file))]);
        for (const file of [...tree].sort()) {
          hash.update(`${file}\0`);
          try {
            hash.update(readFileSync(path.join(root, file)));
          } catch {
            hash.update('\0unreadable');
          }
        }
        // The installed dependencies as npm recorded them.
        for (const lock of ['node_modules/.package-lock.json']) {
          try {
            hash.update(readFileSync(path.join(root, lock)));
          } catch {
            hash.update(`\0no ${lock}`);
          }
        }
        inputs = hash.digest('hex');
        let last: Record_ | undefined;
        try {
          last = JSON.parse(readFileSync(recordFile, 'utf8')) as Record_;
        } catch {
          // no build finished here yet
        }
        // From here on the output may change: until this build finishes, no record vouches for it.
        rmSync(recordFile, { force: true });
        if (process.argv.includes('--force') || !last || last.inputs !== inputs) return;
        const output = folderHashes(outDir);
        if (JSON.stringify(output) !== JSON.stringify(last.output)) return;
        writeFileSync(recordFile, JSON.stringify(last));
        logger.info(upToDateLogLine(path.relative(root, outDir) || outDir, Object.keys(output).length));
        process.exit(0);
      },
    },
  };
  // Last of the integrations, so the record vouches for everything the others wrote at the end.
  const record: AstroIntegration = {
    name: 'up-to-date-record',
    hooks: {
      'astro:build:done': ({ dir }) => {
        mkdirSync(settings.cacheDir, { recursive: true });
        writeFileSync(recordFile, JSON.stringify({ inputs, output: folderHashes(fileURLToPath(dir)) } satisfies Record_));
      },
    },
  };
  return { check, record };
}
