import type { ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { CardJob } from '../cards/card-jobs.ts';
import { socialCardCache } from '../cards/social-cards-for-articles.ts';
import { pruneUnusedCards } from './card-cache-pruning.ts';
import { startHelperProcess } from './helper-process.ts';
import { cardsLogLine } from './build-log-lines.ts';

interface Drawing {
  child: ChildProcess;
  /** Resolves with each slug's cached card once the process has drawn them all. */
  done: Promise<Map<string, string>>;
  started: number;
}

/**
 * Social cards off the build's critical path. A card depends only on the frontmatter
 * (and the cover file), which the content checks have read before Astro starts, so
 * `draw` starts a separate process then (src/cli/draw-cards.ts): it draws into the card
 * cache on one core while Astro's compile, single-threaded, runs on the other. At the
 * end of the build the cards are copied into `dist/og/`, and cards no build used are pruned.
 * A process, not a worker thread: its heap and libvips' rasters are its own and go
 * when it ends, and nothing of it stays in Astro's heap.
 * In `astro dev` the cards are drawn on request by src/pages/og/[slug].png.ts, which has no paths in a build.
 */
export function socialCards(cacheDir: string) {
  const folder = socialCardCache(cacheDir);
  let drawing: Drawing | undefined;

  const draw = (root: string, jobs: readonly CardJob[]) => {
    const started = Date.now();
    // Below the typesetting helper too: cards are wanted only at the build's end, typeset text during the compile.
    const child = startHelperProcess(root, 'draw-cards.ts', 10);
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    const done = new Promise<Map<string, string>>((resolve, reject) => {
      child.on('error', reject);
      child.on('close', (code) => {
        if (code !== 0) return reject(new Error(`social cards: the drawing process failed (exit ${code}):\n${err}`));
        resolve(new Map(out.split('\n').filter(Boolean).map((line) => line.split('\t') as [string, string])));
      });
    });
    // Nothing waits for it before the build's end; a failure is reported there, not as an unhandled rejection.
    done.catch(() => undefined);
    child.stdin.end(JSON.stringify({ cacheDir: folder, jobs }));
    drawing = { child, done, started };
  };

  const integration: AstroIntegration = {
    name: 'social-cards',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (!drawing) return;
        const started = performance.now();
        const cards = await drawing.done;
        const waited = performance.now() - started;
        const og = fileURLToPath(new URL('og/', dir));
        if (cards.size > 0) mkdirSync(og, { recursive: true });
        // In slug order, so dist/ is written the same way every time.
        for (const slug of [...cards.keys()].sort()) copyFileSync(cards.get(slug)!, path.join(og, `${slug}.png`));
        pruneUnusedCards(folder, drawing.started);
        logger.info(cardsLogLine(cards.size, waited));
      },
    },
  };
  /** Resolves once the drawing process has ended, drawn or failed (the failure is reported at the build's end). */
  const ended = (): Promise<void> => (drawing ? drawing.done.then(() => undefined, () => undefined) : Promise.resolve());
  return { integration, draw, ended };
}
