// Draws social cards into the card cache, in a process of its own: run by the build
// (src/lib/integrations/social-cards-integration.ts) as soon as the content checks have
// read the articles, so the cards are drawn while Astro compiles on the other core.
// Input on stdin: { cacheDir, jobs: CardJob[] }. Output: one line per card, «slug<TAB>cached file».
import { availableParallelism } from 'node:os';
import { text } from 'node:stream/consumers';
import { cachedSocialCardFile, limitConcurrency } from '../lib/cards/social-card.ts';
import type { CardJob } from '../lib/cards/card-jobs.ts';

const { cacheDir, jobs } = JSON.parse(await text(process.stdin)) as { cacheDir: string; jobs: CardJob[] };
// Enough cards in flight to keep libvips' threads busy while satori lays out the next,
// few enough that the rasters held at once stay small.
const inFlight = limitConcurrency(availableParallelism() * 2);
await Promise.all(
  jobs.map((job) =>
    inFlight(async () => {
      // Only the file's name goes back: the build copies the bytes into dist/ at its end.
      const { file } = await cachedSocialCardFile(job.card, cacheDir);
      process.stdout.write(`${job.slug}\t${file}\n`);
    }),
  ),
);
