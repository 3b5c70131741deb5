import { mkdirSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { AstroIntegration } from 'astro';

/** Whether a process with this PID is running (signal 0 only asks). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * One `astro build` at a time per project folder: two at once share dist/ and the
 * caches, and one of them fails or leaves the other's server chunks in dist/. The
 * second stops at once, saying which build holds the folder. A lock left by a build
 * that was killed names a process that no longer runs, and is taken over.
 */
export function buildLock(cacheDir: string): AstroIntegration {
  const file = path.join(cacheDir, 'build.lock');
  const release = () => {
    try {
      if (readFileSync(file, 'utf8').trim() === String(process.pid)) rmSync(file);
    } catch {
      // already gone
    }
  };
  return {
    name: 'build-lock',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command !== 'build') return;
        mkdirSync(cacheDir, { recursive: true });
        for (;;) {
          try {
            writeFileSync(file, String(process.pid), { flag: 'wx' });
            break;
          } catch {
            const holder = Number(readFileSync(file, 'utf8').trim());
            if (Number.isInteger(holder) && holder > 0 && isRunning(holder)) {
              writeSync(2, `\nВ этой папке уже идёт сборка (PID ${holder}). Дождитесь её конца или остановите её, затем запустите npm run build снова.\nAnother build is running in this folder (PID ${holder}); this one stopped without touching dist/.\n\n`);
              process.exit(1);
            }
            rmSync(file, { force: true });
          }
        }
        process.once('exit', release);
      },
      'astro:build:done': release,
    },
  };
}
