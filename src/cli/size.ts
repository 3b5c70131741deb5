// Prints the weight of every built page against the budget: `npm run size` (after `npm run build`).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { ARTICLE_OWN_ALLOWANCE, BUDGET, SEARCH_PAGE_BUDGET, brotliSize, budgetFor, weighPage } from '../lib/tooling/page-weight.ts';
import { SEARCH_QUERY_BUDGET, searchQueryWeight } from '../lib/tooling/search-weight.ts';
import { RESULTS_PER_PAGE, SEARCH_BUNDLE_FOLDER, SEARCH_PATH } from '../lib/search/search-config.ts';

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
const searchPage = `${SEARCH_PATH.slice(1)}index.html`;
let over = false;
console.log('page'.padEnd(48), 'requests', 'brotli B', 'JS br B', 'blocking JS', 'other origins');
for (const page of pages) {
  const html = readFileSync(path.join(dist, page), 'utf8');
  const weight = weighPage(html, load, origin);
  const budget = budgetFor(page, searchPage, html);
  const fails = weight.requests > budget.requests || weight.totalBrotli > budget.totalBrotli || weight.jsBrotli > budget.jsBrotli
    || weight.renderBlockingScripts.length > 0 || weight.otherOrigins.length > 0;
  over ||= fails;
  console.log(page.padEnd(48), String(weight.requests).padStart(8), String(weight.totalBrotli).padStart(8), String(weight.jsBrotli).padStart(7),
    String(weight.renderBlockingScripts.length).padStart(11), String(weight.otherOrigins.length).padStart(13),
    budget !== SEARCH_PAGE_BUDGET && budget.totalBrotli > BUDGET.totalBrotli ? `  (long article: ≤ ${budget.totalBrotli} B)` : '', fails ? '  OVER BUDGET' : '');
}
console.log(`budget: ≤ ${BUDGET.requests} requests, ≤ ${BUDGET.totalBrotli} B brotli in all, ≤ ${BUDGET.jsBrotli} B of JS, no render-blocking JS, no other origin`);
console.log(`        an article whose text and TOC weigh over ${ARTICLE_OWN_ALLOWANCE} B may go over by that excess`);
console.log(`        ${searchPage} before the first query: ≤ ${SEARCH_PAGE_BUDGET.requests} requests, ≤ ${SEARCH_PAGE_BUDGET.totalBrotli} B, ≤ ${SEARCH_PAGE_BUDGET.jsBrotli} B of JS`);

// What a search fetches on top of the page: Pagefind's runtime at the first query, then index and fragments.
const bundle = path.join(dist, SEARCH_BUNDLE_FOLDER);
if (existsSync(bundle)) {
  const files = readdirSync(bundle, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => /\.(js|json|pagefind|pf_\w+)$/.test(file))
    .map((file) => ({ path: file, brotli: brotliSize(readFileSync(path.join(bundle, file))) }));
  const query = searchQueryWeight(files, { words: 2, results: RESULTS_PER_PAGE });
  const indexBytes = files.reduce((sum, file) => sum + file.brotli, 0);
  const queryFails = query.total > SEARCH_QUERY_BUDGET;
  over ||= queryFails;
  console.log(`\nsearch index: ${files.length} files, ${indexBytes} B brotli in ${SEARCH_BUNDLE_FOLDER}/`);
  console.log(`a query of up to 2 words, first ${RESULTS_PER_PAGE} results, fetches at most ${query.total} B brotli`
    + ` (Pagefind script, WebAssembly and metadata ${query.runtime} B, index chunks ${query.indexChunks} B, excerpts ${query.fragments} B)`
    + `; budget at 1000 articles ≤ ${SEARCH_QUERY_BUDGET} B${queryFails ? '  OVER BUDGET' : ''}`);
} else if (pages.includes(searchPage)) {
  console.log(`\nno ${SEARCH_BUNDLE_FOLDER}/ in ${dist}: the search page would find nothing`);
  over = true;
}
process.exit(over ? 1 : 0);
