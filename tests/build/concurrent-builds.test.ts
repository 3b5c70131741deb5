import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, startBuild } from '../support/build-site.ts';
import { distDir, fixtureContent, projectRoot, testCacheRoot } from '../support/paths.ts';
import { listFiles } from '../support/dist-files.ts';

const env = (cacheDir: string) => ({ CONTENT_DIR: fixtureContent('seed'), CACHE_DIR: cacheDir });

describe('two builds in one folder', () => {
  it('the second stops at once with a clear message; the first finishes, and dist/ holds no server chunks or build-machine paths', async () => {
    const cacheDir = path.join(testCacheRoot, 'concurrent');
    const out = distDir('concurrent');
    const lock = path.join(cacheDir, 'build.lock');
    const first = startBuild({ outDir: out, env: env(cacheDir) });
    const deadline = Date.now() + 60_000;
    while (!existsSync(lock) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(existsSync(lock)).toBe(true);

    const second = buildSite({ outDir: out, env: env(cacheDir) });
    expect(second.status).toBe(1);
    expect(second.output).toMatch(/В этой папке уже идёт сборка \(PID \d+\)\. Дождитесь её конца или остановите её, затем запустите npm run build снова\./);

    const done = await first;
    expect(done.status, done.output).toBe(0);
    expect(existsSync(lock)).toBe(false);
    const files = listFiles(out);
    expect(files.filter((file) => file.startsWith('.prerender') || file.endsWith('.mjs'))).toEqual([]);
    expect(files.filter((file) => readFileSync(path.join(out, file)).includes(projectRoot))).toEqual([]);
  });

  it('a lock left by a killed build is taken over', () => {
    const cacheDir = path.join(testCacheRoot, 'stale-lock');
    mkdirSync(cacheDir, { recursive: true });
    // The PID of a process that has ended.
    const ended = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    writeFileSync(path.join(cacheDir, 'build.lock'), ended);
    const result = buildSite({ outDir: distDir('stale-lock'), env: env(cacheDir) });
    expect(result.status, result.output).toBe(0);
  });
});
