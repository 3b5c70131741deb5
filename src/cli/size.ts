// Prints the weight of every built page against the budget: `npm run size` (after `npm run build`).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { BUDGET, weighPage } from '../lib/tooling/page-weight.ts';

const dist = path.resolve(process.argv[2] ?? 'dist');
if (!existsSync(dist)) {
  console.error(`No build at ${dist}: run \`npm run build\` first.`);
  process.exit(1);
}
const base = (process.env.BASE_PATH ?? '/').replace(/^\/*|\/*$/g, '');
const origin = 'http://site.invalid';
const load = (url: string) => {
  const pathname = new URL(url, `${origin}/`).pathname.replace(new RegExp(`^/${base ? `${base}/` : ''}`), '');
  return readFileSync(path.join(dist, decodeURIComponent(pathname)));
};

const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html')).sort();
let over = false;
console.log('page'.padEnd(48), 'requests', 'brotli B', 'JS br B', 'blocking JS', 'other origins');
for (const page of pages) {
  const weight = weighPage(readFileSync(path.join(dist, page), 'utf8'), load, origin);
  const fails = weight.requests > BUDGET.requests || weight.totalBrotli > BUDGET.totalBrotli || weight.jsBrotli > BUDGET.jsBrotli
    || weight.renderBlockingScripts.length > 0 || weight.otherOrigins.length > 0;
  over ||= fails;
  console.log(page.padEnd(48), String(weight.requests).padStart(8), String(weight.totalBrotli).padStart(8), String(weight.jsBrotli).padStart(7),
    String(weight.renderBlockingScripts.length).padStart(11), String(weight.otherOrigins.length).padStart(13), fails ? '  OVER BUDGET' : '');
}
console.log(`budget: ≤ ${BUDGET.requests} requests, ≤ ${BUDGET.totalBrotli} B brotli in all, ≤ ${BUDGET.jsBrotli} B of JS, no render-blocking JS, no other origin`);
process.exit(over ? 1 : 0);
