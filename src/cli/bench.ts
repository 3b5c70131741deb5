// npm run bench: clean builds of a copy of the project with N generated articles, and a
// rebuild with caches kept. Prints a table and writes it to docs/performance.md.
// Usage: npm run bench [-- --sizes 1,100,1000 --runs 3 --large-runs 2]
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { mdxToJs, type HastPluginList } from 'satteri';
import { marginalCost, median, parseBuildLog, type BuildPhases } from '../lib/tooling/bench-stats.ts';
import { generateArticle, generatedIssuesYaml, mdxBody } from '../lib/content/generated-articles.ts';
import { ARTICLE_FEATURES, articleHastPlugins } from '../lib/markdown/article-pipeline.ts';
import { parseSearchIndexLogLine, type SearchIndexReport } from '../lib/search/index-report.ts';
import { RESULTS_PER_PAGE, SEARCH_BUNDLE_FOLDER } from '../lib/search/search-config.ts';
import { brotliSize } from '../lib/tooling/page-weight.ts';
import { searchQueryWeight } from '../lib/tooling/search-weight.ts';

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1,100,1000' },
    runs: { type: 'string', default: '3' },
    'large-runs': { type: 'string', default: '2' },
    out: { type: 'string', default: 'docs/performance.md' },
  },
});
const sizes = args.sizes.split(',').map(Number);
const root = process.cwd();
// Inside the project, so the copy finds node_modules by walking up; its own caches stay its own.
const benchRoot = path.join(root, '.cache', 'bench', 'project');
const astroBin = path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
const source = mdxBody(readFileSync(path.join(root, 'tests/fixtures/sites/seed/content/poteryat-doverie-bossa.mdx'), 'utf8'));
// Reads the build process's peak memory as it exits.
const rssProbe = `data:text/javascript,process.on('exit',()=>require('node:fs').writeFileSync(process.env.BENCH_RSS_FILE,String(process.resourceUsage().maxRSS)))`.replace('require(', 'process.getBuiltinModule(');

function prepareProject(n: number): void {
  rmSync(benchRoot, { recursive: true, force: true });
  mkdirSync(benchRoot, { recursive: true });
  for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public']) {
    cpSync(path.join(root, entry), path.join(benchRoot, entry), { recursive: true });
  }
  mkdirSync(path.join(benchRoot, 'content'));
  writeFileSync(path.join(benchRoot, 'content', 'issues.yaml'), generatedIssuesYaml());
  for (let i = 1; i <= n; i++) {
    const article = generateArticle(source, i);
    writeFileSync(path.join(benchRoot, 'content', article.fileName), article.content);
  }
}

interface Run {
  wall: number;
  peakRssMb: number;
  phases: BuildPhases;
  /** The search index step of the build (astro:build:done), from its log line. */
  search: SearchIndexReport | undefined;
}

function build({ clean }: { clean: boolean }): Run {
  if (clean) {
    for (const dir of ['dist', '.cache', 'node_modules', '.astro']) rmSync(path.join(benchRoot, dir), { recursive: true, force: true });
  }
  const rssFile = path.join(os.tmpdir(), `bench-rss-${process.pid}`);
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--import', rssProbe, astroBin, 'build'], {
    cwd: benchRoot,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1', SITE_URL: 'https://bench.example', BASE_PATH: '/', BENCH_RSS_FILE: rssFile },
  });
  const wall = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}\n${result.stderr}`);
  const peakRssMb = Number(readFileSync(rssFile, 'utf8')) / 1024;
  rmSync(rssFile, { force: true });
  const log = `${result.stdout}\n${result.stderr}`;
  return { wall, peakRssMb, phases: parseBuildLog(log), search: parseSearchIndexLogLine(log) };
}

/** The built index of the bench project: its size, and the most a query fetches (brotli), as `npm run size` counts it. */
function searchIndexFigures(): { files: number; bytes: number; queryBytes: number } {
  const bundle = path.join(benchRoot, 'dist', SEARCH_BUNDLE_FOLDER);
  const files = readdirSync(bundle, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(js|json|pagefind|pf_\w+)$/.test(file))
    .map((file) => ({ path: file.split(path.sep).join('/'), content: readFileSync(path.join(bundle, file)) }));
  const query = searchQueryWeight(files.map((file) => ({ path: file.path, brotli: brotliSize(file.content) })), { words: 2, results: RESULTS_PER_PAGE });
  return { files: files.length, bytes: files.reduce((sum, file) => sum + file.content.byteLength, 0), queryBytes: query.total };
}

/** Our Sätteri plugins' own cost, measured outside the build: compile with and without them. */
async function pluginCostMs(): Promise<number> {
  const bodies = Array.from({ length: 200 }, (_, i) => mdxBody(generateArticle(source, i + 1).content));
  const time = async (hastPlugins: HastPluginList) => {
    const started = performance.now();
    for (const body of bodies) await mdxToJs(body, { hastPlugins, features: ARTICLE_FEATURES });
    return (performance.now() - started) / bodies.length;
  };
  await time([]);
  return (await time(articleHastPlugins('/'))) - (await time([]));
}

const s = (seconds: number) => `${seconds.toFixed(1)} s`;
const rows: string[] = [];
const results = new Map<number, { wall: number; builtIn: number; runs: number }>();
let rebuild: Run | undefined;
let largestClean: Run | undefined;
let largestSearch: ReturnType<typeof searchIndexFigures> | undefined;
let largestPeakMb = 0;

for (const n of sizes) {
  prepareProject(n);
  const runCount = Number(n >= 1000 ? args['large-runs'] : args.runs);
  const runs: Run[] = [];
  for (let r = 0; r < runCount; r++) {
    runs.push(build({ clean: true }));
    console.error(`N=${n} run ${r + 1}/${runCount}: ${s(runs.at(-1)!.wall)}`);
  }
  const wall = median(runs.map((run) => run.wall));
  const typical = runs.reduce((best, run) => (Math.abs(run.wall - wall) < Math.abs(best.wall - wall) ? run : best));
  const p = typical.phases;
  results.set(n, { wall, builtIn: median(runs.map((run) => run.phases.builtIn)), runs: runCount });
  const searchSeconds = runs.map((run) => run.search?.seconds).filter((value) => value !== undefined);
  rows.push(`| ${n} | ${p.pages} | ${s(wall)} (${runCount} runs) | ${s(median(runs.map((run) => run.phases.builtIn)))} | ${Math.max(...runs.map((run) => run.peakRssMb)).toFixed(0)} MB | ${s(p.collect)} | ${s(p.compile)} | ${s(p.renderImages)} | ${s(p.renderPages)} | ${s(p.renderOther)} | ${searchSeconds.length ? s(median(searchSeconds)) : '—'} |`);
  if (n === Math.max(...sizes)) {
    largestClean = typical;
    largestSearch = searchIndexFigures();
    largestPeakMb = Math.max(...runs.map((run) => run.peakRssMb));
    rebuild = build({ clean: false });
    console.error(`N=${n} rebuild with caches: ${s(rebuild.wall)}`);
  }
}

const [small, large] = [100, 1000].map((n) => results.get(n));
const marginal = small && large ? marginalCost({ n: 100, seconds: small.wall }, { n: 1000, seconds: large.wall }) * 1000 : undefined;
const astroVersion = JSON.parse(readFileSync(path.join(root, 'node_modules', 'astro', 'package.json'), 'utf8')).version;
const machine = `${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.availableParallelism()} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.type()} ${os.release()}; Node ${process.version}; Astro ${astroVersion}`;

const table = [
  '| articles | pages | clean build, wall (median) | Astro «built in» | peak memory | sync + types | compile (Vite, MDX) | render: cards | render: pages | render: other | search index |',
  '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...rows,
].join('\n');
const pluginMs = await pluginCostMs();
const summary = [
  `- Our Sätteri plugins (heading ids, footnotes, typography, heading anchors, base links) add **${pluginMs.toFixed(2)} ms** of compile time per article (200 articles compiled with and without them, outside the build).`,
  marginal !== undefined ? `- Marginal cost per article (N=100 → N=1000, wall): **${marginal.toFixed(1)} ms**.` : '',
  rebuild && largestClean
    ? `- Rebuild of N=${Math.max(...sizes)} with caches kept (unchanged collection): **${s(rebuild.wall)}** (${((rebuild.wall / largestClean.wall) * 100).toFixed(0)} % of the clean build); cards ${s(rebuild.phases.renderImages)}, compile ${s(rebuild.phases.compile)}; peak ${rebuild.peakRssMb.toFixed(0)} MB.`
    : '',
  largestSearch && largestClean?.search
    ? `- Search index at N=${Math.max(...sizes)}: **${s(largestClean.search.seconds)}** of the build (Pagefind over the built pages, inside Astro's «built in»), **${(largestSearch.bytes / 2 ** 20).toFixed(1)} MB** in ${largestSearch.files} files in \`dist/${SEARCH_BUNDLE_FOLDER}/\`; a query fetches at most **${(largestSearch.queryBytes / 1000).toFixed(0)} kB** brotli (budget 150 kB).`
    : '',
].filter(Boolean).join('\n');

console.log(`${table}\n\n${summary}`);

const doc = `# Build performance

Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${machine}.

Each row is a clean build (no \`dist/\`, no caches) of a copy of the project with N generated articles
of ~12 KB each (the article's paragraphs in another order per article, numbered sections, spread over
six years and twelve issues). Wall time is the median of the runs; the phases are from the run closest
to it. «Compile» is Vite's bundle of every MDX module (Sätteri with our plugins); «render» splits the
static-route phase into social cards, HTML pages and the rest (feed, robots, favicon); «search index» is
Pagefind indexing the built pages at the end of the build (inside «built in»; its own log line).

${table}

${summary}

## Targets at N = 1000

| target | result |
|---|---|
| clean build ≤ 14 s (blog starter, same machine) | ${large ? s(large.wall) : 'not measured'} |
| rebuild with unchanged collection ≤ ½ clean build | ${rebuild && largestClean ? `${s(rebuild.wall)} = ${((rebuild.wall / largestClean.wall) * 100).toFixed(0)} %` : 'not measured'} |
| peak memory ≤ 1.5 GB (highest of the runs) | ${largestClean ? `${(largestPeakMb / 1024).toFixed(2)} GB` : 'not measured'} |
| ≤ 10 ms marginal cost per article | ${marginal !== undefined ? `${marginal.toFixed(1)} ms` : 'not measured'} |

See «Where the time goes» below for what each phase costs and what was tried.
`;
const outFile = path.resolve(root, args.out);
const previous = (() => {
  try {
    return readFileSync(outFile, 'utf8');
  } catch {
    return '';
  }
})();
// Keep the hand-written analysis that follows the generated part.
const analysis = previous.includes('## Where the time goes') ? previous.slice(previous.indexOf('## Where the time goes')) : '## Where the time goes\n\n(to be written)\n';
writeFileSync(outFile, `${doc}\n${analysis}`);
console.error(`written to ${args.out}`);
rmSync(path.join(root, '.cache', 'bench'), { recursive: true, force: true });
