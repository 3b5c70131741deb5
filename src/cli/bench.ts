// npm run bench: clean builds of a copy of the project with N generated articles, the same
// bodies built by a bare Hugo site when `hugo` is installed, and rebuilds of N = 1000 with
// caches kept (nothing changed, one article changed). Prints the tables and the targets of
// issue 15, and writes them to docs/performance.md (the analysis after «## Where the time goes» is kept).
// Usage: npm run bench [-- --sizes 1,100,1000,5000 --runs 3 --large-runs 2 --huge-runs 1 --hugo-runs 5]
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { mdxToJs, type HastPluginList } from 'satteri';
import { marginalCost, median, parseBuildLog, type BuildPhases } from '../lib/tooling/bench-stats.ts';
import { evaluateTargets, targetsTable } from '../lib/tooling/bench-targets.ts';
import { parseCardWait, saysUpToDate } from '../lib/integrations/build-log-lines.ts';
import { generateArticle, generatedIssuesYaml, mdxBody } from '../lib/content/generated-articles.ts';
import { ARTICLE_FEATURES, articleHastPlugins } from '../lib/markdown/article-pipeline.ts';
import { parseSearchIndexLogLine, type SearchIndexReport } from '../lib/search/index-report.ts';
import { RESULTS_PER_PAGE, SEARCH_BUNDLE_FOLDER } from '../lib/search/search-config.ts';
import { brotliSize } from '../lib/tooling/page-weight.ts';
import { buildScriptNodeArgs } from '../lib/tooling/build-command.ts';
import { BARE_ASTRO_FILES } from './bench-bare-astro.ts';
import { searchQueryWeight } from '../lib/tooling/search-weight.ts';

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1,100,1000,5000' },
    runs: { type: 'string', default: '3' },
    'large-runs': { type: 'string', default: '2' },
    'huge-runs': { type: 'string', default: '1' },
    'hugo-runs': { type: 'string', default: '5' },
    out: { type: 'string', default: 'docs/performance.md' },
  },
});
const sizes = args.sizes.split(',').map(Number);
const root = process.cwd();
// Inside the project, so the copy finds node_modules by walking up; its own caches stay its own.
const benchRoot = path.join(root, '.cache', 'bench', 'project');
const hugoRoot = path.join(root, '.cache', 'bench', 'hugo');
const bareAstroRoot = path.join(root, '.cache', 'bench', 'bare-astro');
// As `npm run build` starts it (with its allocator settings). The copy has no node_modules of its own:
// it finds this project's by walking up, so Astro's path is taken from here.
const buildArgs = buildScriptNodeArgs((JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: { build: string } }).scripts.build)
  .map((arg) => (arg.startsWith('node_modules/') ? path.join(root, arg) : arg));
const source = mdxBody(readFileSync(path.join(root, 'tests/fixtures/sites/seed/content/poteryat-doverie-bossa.mdx'), 'utf8'));
const hugoBin = spawnSync('hugo', ['version'], { encoding: 'utf8' }).status === 0 ? 'hugo' : undefined;
const hugoVersion = hugoBin ? spawnSync(hugoBin, ['version'], { encoding: 'utf8' }).stdout.trim().split(' ')[1] : undefined;
const EDITED = 'statya-0001.mdx';

function prepareProject(n: number): void {
  rmSync(benchRoot, { recursive: true, force: true });
  mkdirSync(benchRoot, { recursive: true });
  for (const entry of ['astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json', 'src', 'public']) {
    cpSync(path.join(root, entry), path.join(benchRoot, entry), { recursive: true });
  }
  mkdirSync(path.join(benchRoot, 'content'));
  writeFileSync(path.join(benchRoot, 'content', 'issues.yaml'), generatedIssuesYaml());
  for (let i = 1; i <= n; i++) {
    const article = generateArticle(source, i);
    writeFileSync(path.join(benchRoot, 'content', article.fileName), article.content);
  }
}

/** A bare Hugo site with the same article bodies: a page each with its TOC, the home list, RSS and sitemap. */
function prepareHugo(n: number): void {
  rmSync(hugoRoot, { recursive: true, force: true });
  mkdirSync(path.join(hugoRoot, 'content', 'posts'), { recursive: true });
  mkdirSync(path.join(hugoRoot, 'layouts', '_default'), { recursive: true });
  writeFileSync(path.join(hugoRoot, 'hugo.toml'), "baseURL = 'https://bench.example/'\nlanguageCode = 'ru'\ntitle = 'Bench'\ndisableKinds = ['taxonomy', 'term']\n");
  const shell = (main: string) => `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body>${main}</body></html>\n`;
  writeFileSync(path.join(hugoRoot, 'layouts', '_default', 'single.html'), shell('<nav>{{ .TableOfContents }}</nav><article><h1>{{ .Title }}</h1>{{ .Content }}</article>'));
  writeFileSync(path.join(hugoRoot, 'layouts', '_default', 'list.html'), shell('<ul>{{ range .Paginator.Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>'));
  for (let i = 1; i <= n; i++) {
    const article = generateArticle(source, i);
    const front = /^---\n([\s\S]*?)\n---\n/.exec(article.content)![1]!.replace(/^published: /m, 'date: ');
    writeFileSync(path.join(hugoRoot, 'content', 'posts', article.fileName.replace(/\.mdx$/, '.md')), `---\n${front}\n---\n${mdxBody(article.content)}`);
  }
}

/** The bare Astro site (bench-bare-astro.ts) with the bench project's articles. */
function prepareBareAstro(): void {
  rmSync(bareAstroRoot, { recursive: true, force: true });
  for (const [file, content] of Object.entries(BARE_ASTRO_FILES)) {
    mkdirSync(path.dirname(path.join(bareAstroRoot, file)), { recursive: true });
    writeFileSync(path.join(bareAstroRoot, file), content);
  }
  mkdirSync(path.join(bareAstroRoot, 'content'));
  for (const file of readdirSync(path.join(benchRoot, 'content')).filter((name) => name.endsWith('.mdx'))) {
    cpSync(path.join(benchRoot, 'content', file), path.join(bareAstroRoot, 'content', file));
  }
}

/** Runs one build to its end: its wall time, the peak memory of it and every process it starts, its log. */
async function timedBuild(what: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<{ wall: number; peakRssMb: number; log: string }> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { cwd, env });
  let log = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (log += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (log += chunk));
  let peakRssMb = 0;
  const sampler = setInterval(() => (peakRssMb = Math.max(peakRssMb, treeRssMb(child.pid!))), 50);
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(sampler);
  if (status !== 0) throw new Error(`${what} failed:\n${log}`);
  return { wall: (performance.now() - started) / 1000, peakRssMb, log };
}

/** A build of the bare Astro site as Astro ships (plain `astro build`), clean or over its caches: wall seconds and peak memory. */
async function bareAstroBuild({ clean }: { clean: boolean }): Promise<{ wall: number; peakRssMb: number }> {
  if (clean) for (const dir of ['dist', '.astro', '.astro-cache']) rmSync(path.join(bareAstroRoot, dir), { recursive: true, force: true });
  const astro = path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
  return timedBuild('bare Astro build', [astro, 'build'], bareAstroRoot, { ...process.env, NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' });
}

function hugoBuild(): number {
  for (const dir of ['public', 'resources', '.hugo_build.lock']) rmSync(path.join(hugoRoot, dir), { recursive: true, force: true });
  const started = performance.now();
  const result = spawnSync(hugoBin!, ['--quiet'], { cwd: hugoRoot, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`hugo failed:\n${result.stdout}\n${result.stderr}`);
  return (performance.now() - started) / 1000;
}

/** Resident memory of a process and all its descendants (Linux /proc), in MB. */
function treeRssMb(pid: number): number {
  let kb = 0;
  const visit = (p: number) => {
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0);
      for (const task of readdirSync(`/proc/${p}/task`)) {
        for (const child of readFileSync(`/proc/${p}/task/${task}/children`, 'utf8').split(' ').filter(Boolean)) visit(Number(child));
      }
    } catch {
      // the process ended between two reads
    }
  };
  visit(pid);
  return kb / 1024;
}

interface Run {
  wall: number;
  /** Highest resident memory of the build's processes together (sampled every 50 ms), MB. */
  peakRssMb: number;
  phases: BuildPhases;
  cardWait: number;
  /** One-minute load average when the run started: the machine is shared. */
  load: number;
  /** The search index step of the build (astro:build:done), from its log line. */
  search: SearchIndexReport | undefined;
}

async function build({ clean }: { clean: boolean }): Promise<Run> {
  if (clean) {
    for (const dir of ['dist', '.cache', 'node_modules', '.astro']) rmSync(path.join(benchRoot, dir), { recursive: true, force: true });
  }
  const load = os.loadavg()[0]!;
  const { wall, peakRssMb, log } = await timedBuild('build', buildArgs, benchRoot, {
    ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1', SITE_URL: 'https://bench.example', BASE_PATH: '/',
  });
  // A build that found nothing changed stops before Astro's phases: it has none to report.
  const skipped = saysUpToDate(log);
  const phases = skipped ? { builtIn: wall, pages: 0, collect: 0, compile: 0, renderImages: 0, renderPages: 0, renderOther: 0 } : parseBuildLog(log);
  return { wall, peakRssMb, phases, cardWait: parseCardWait(log), load, search: parseSearchIndexLogLine(log) };
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
const results = new Map<number, { wall: number; fastest: number; peakMb: number; hugo?: number | undefined }>();
const rebuilds: string[] = [];
const floorRows: string[] = [];
let bareOneEdit: number | undefined;
let unchanged: Run | undefined;
let oneEdit: Run | undefined;
const loads: number[] = [];
let largestSearch: { seconds: number; files: number; bytes: number; queryBytes: number; n: number } | undefined;

for (const n of sizes) {
  let hugo: number | undefined;
  if (hugoBin) {
    prepareHugo(n);
    hugoBuild(); // warm the file cache, as the Astro runs are after the first
    hugo = Math.min(...Array.from({ length: Number(args['hugo-runs']) }, hugoBuild));
    console.error(`N=${n} hugo fastest: ${hugo.toFixed(2)} s`);
  }
  prepareProject(n);
  const runCount = Number(n >= 5000 ? args['huge-runs'] : n >= 1000 ? args['large-runs'] : args.runs);
  const runs: Run[] = [];
  for (let r = 0; r < runCount; r++) {
    runs.push(await build({ clean: true }));
    const run = runs.at(-1)!;
    loads.push(run.load);
    console.error(`N=${n} run ${r + 1}/${runCount}: ${s(run.wall)}, peak ${run.peakRssMb.toFixed(0)} MB, load ${run.load.toFixed(1)}`);
  }
  const wall = median(runs.map((run) => run.wall));
  const fastest = Math.min(...runs.map((run) => run.wall));
  const peakMb = Math.max(...runs.map((run) => run.peakRssMb));
  const typical = runs.reduce((best, run) => (Math.abs(run.wall - wall) < Math.abs(best.wall - wall) ? run : best));
  const p = typical.phases;
  results.set(n, { wall, fastest, peakMb, hugo });
  rows.push(
    `| ${n} | ${p.pages} | ${s(wall)} (${runCount} run${runCount > 1 ? 's' : ''}) | ${s(fastest)} | ${peakMb.toFixed(0)} MB | ${s(p.collect)} | ${s(p.compile)} | ${s(p.renderPages)} | ${s(p.renderOther)} | ${typical.search ? s(typical.search.seconds) : '—'} | ${s(typical.cardWait)} | ${hugo === undefined ? '—' : `${hugo.toFixed(2)} s`} | ${hugo === undefined ? '—' : `${(fastest / hugo).toFixed(1)} ×`} | ${runs.map((run) => run.load.toFixed(1)).join(', ')} |`,
  );
  if (typical.search) largestSearch = { seconds: typical.search.seconds, n, ...searchIndexFigures() };
  prepareBareAstro();
  const bare: { wall: number; peakRssMb: number }[] = [];
  for (let r = 0; r < runCount; r++) bare.push(await bareAstroBuild({ clean: true }));
  const bareFastest = Math.min(...bare.map((run) => run.wall));
  console.error(`N=${n} bare Astro fastest: ${s(bareFastest)}`);
  if (n === 1000) {
    appendFileSync(path.join(bareAstroRoot, 'content', EDITED), '\nОдно новое предложение в конце статьи.\n');
    bareOneEdit = (await bareAstroBuild({ clean: false })).wall;
    console.error(`N=${n} bare Astro rebuild, one article changed: ${s(bareOneEdit)}`);
  }
  floorRows.push(
    `| ${n} | ${s(bareFastest)} | ${Math.max(...bare.map((run) => run.peakRssMb)).toFixed(0)} MB | ${hugo === undefined ? '—' : `${(bareFastest / hugo).toFixed(1)} ×`} | ${s(fastest)} | ${(fastest / bareFastest).toFixed(1)} × |`,
  );
  if (n === 1000) {
    unchanged = await build({ clean: false });
    console.error(`N=${n} rebuild, nothing changed: ${s(unchanged.wall)}`);
    appendFileSync(path.join(benchRoot, 'content', EDITED), '\nОдно новое предложение в конце статьи.\n');
    oneEdit = await build({ clean: false });
    console.error(`N=${n} rebuild, one article changed: ${s(oneEdit.wall)}`);
    for (const [what, run] of [['nothing changed', unchanged], ['one article changed', oneEdit]] as const) {
      rebuilds.push(`| ${what} | ${s(run.wall)} | ${((run.wall / wall) * 100).toFixed(0)} % | ${run.peakRssMb.toFixed(0)} MB | ${s(run.phases.collect)} | ${s(run.phases.compile)} | ${s(run.phases.renderPages)} | ${s(run.cardWait)} | ${run.load.toFixed(1)} |`);
    }
  }
}

const [small, large] = [100, 1000].map((n) => results.get(n));
const marginal = small && large ? marginalCost({ n: 100, seconds: small.wall }, { n: 1000, seconds: large.wall }) : undefined;
const targets = evaluateTargets({
  cleanFastest: large?.fastest,
  hugoFastest: large?.hugo,
  cleanMedian: large?.wall,
  oneEdit: oneEdit?.wall,
  unchanged: unchanged?.wall,
  peakMb: large?.peakMb,
  marginal,
});
const astroVersion = JSON.parse(readFileSync(path.join(root, 'node_modules', 'astro', 'package.json'), 'utf8')).version;
const machine = `${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.availableParallelism()} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.type()} ${os.release()}; Node ${process.version}; Astro ${astroVersion}; ${hugoVersion ? `Hugo ${hugoVersion}` : 'no Hugo installed (no ratio)'}`;

const table = [
  '| articles | pages | clean build, wall (median) | fastest | peak memory (all processes) | sync + types | compile (Vite, MDX) | render: pages | render: other | search index | waited for cards | bare Hugo, fastest | ratio (fastest) | load at start |',
  '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...rows,
].join('\n');
const floorTable = [
  '| articles | bare Astro, fastest | its peak | bare Astro ÷ bare Hugo | this site, fastest | this site ÷ bare Astro |',
  '|---:|---:|---:|---:|---:|---:|',
  ...floorRows,
].join('\n') + (bareOneEdit !== undefined ? `\n\nThe bare Astro site at N = 1000, rebuilt with its caches kept after one article changed: **${s(bareOneEdit!)}** (Astro keeps no compiled MDX between builds).` : '');
const rebuildTable = rebuilds.length
  ? ['| N = 1000, caches kept | wall | of the clean build | peak | sync + types | compile | render: pages | waited for cards | load at start |', '|---|---:|---:|---:|---:|---:|---:|---:|---:|', ...rebuilds].join('\n')
  : '';
const pluginMs = await pluginCostMs();
const summary = [
  `- Our Sätteri plugins (figures, heading ids, footnotes, typography, heading anchors, base links) add **${pluginMs.toFixed(2)} ms** of compile time per article (200 articles compiled with and without them, outside the build).`,
  marginal !== undefined ? `- Marginal cost per article (N=100 → N=1000, median wall): **${(marginal * 1000).toFixed(1)} ms**.` : '',
  largestSearch
    ? `- Search index at N=${largestSearch.n}: **${s(largestSearch.seconds)}** of the build (Pagefind over the built pages, from the end of the render, beside the build's last steps), **${(largestSearch.bytes / 2 ** 20).toFixed(1)} MB** in ${largestSearch.files} files in \`dist/${SEARCH_BUNDLE_FOLDER}/\`; a query fetches at most **${(largestSearch.queryBytes / 1000).toFixed(0)} kB** brotli (budget 150 kB).`
    : '',
  `- One-minute load average at the start of the runs: ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} on ${os.availableParallelism()} cores${Math.max(...loads) > 1.5 ? ' (the machine was shared: other jobs ran during the benchmark)' : ''}.`,
].filter(Boolean).join('\n');
const targetTable = targetsTable(targets);

console.log(`${table}\n\n${floorTable}\n\n${rebuildTable}\n\n${summary}\n\n${targetTable}`);

const doc = `# Build performance

Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${machine}.

Each row is a clean build (no \`dist/\`, no \`.cache/\`, no Astro caches) of a copy of the project with N
generated articles of ~12 KB each (the article's paragraphs in another order per article, numbered
sections, spread over six years and 50 issues). Wall time is the median of the runs; the phases are from
the run closest to it. «Compile» is Vite's bundle of every MDX module (Sätteri with our plugins);
«render» is the static-route phase (pages; «other» is the feed, robots, favicon); «search index» is
Pagefind indexing the built pages, from the end of the render (in its own process, beside the build's last steps). Social cards are drawn
by a process of their own beside the compile: «waited for cards» is how long the build waited for it at
its end. Peak memory is sampled every 50 ms over the build and every process it starts (cards, typesetting, Pagefind). The bare
Hugo site builds the same Markdown bodies with a one-line layout (page with TOC, paginated list, RSS,
sitemap), run several times, fastest taken.

${table}

Astro's own floor: a bare Astro site (\`src/cli/bench-bare-astro.ts\`: MDX and sitemap, a page per article with
its table of contents, one list, nothing of ours) built from the same articles, as many runs as above, fastest taken.

${floorTable}

${rebuildTable}

${summary}

## Targets at N = 1000

${targetTable}

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
