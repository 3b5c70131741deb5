/** Pure helpers of the build benchmark (src/cli/bench.ts): statistics and reading Astro's log. */

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of nothing');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Astro's durations, «850ms», «3.17s», «1m 4s», as seconds. */
export function parseDuration(text: string): number {
  const match = /^(?:(\d+)m\s*)?(?:([\d.]+)s)?$|^([\d.]+)ms$/.exec(text.trim());
  if (!match || (!match[1] && !match[2] && !match[3])) throw new Error(`not an Astro duration: «${text}»`);
  if (match[3]) return Number(match[3]) / 1000;
  return Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0);
}

export interface BuildPhases {
  /** Astro's own «N page(s) built in …». */
  builtIn: number;
  pages: number;
  /** Content sync and type generation («Collecting build info»). */
  collect: number;
  /** Vite's first bundle: compiling every MDX module (Sätteri and our plugins) and the site code. */
  compile: number;
  /** Rendering routes, split by what they are. */
  renderImages: number;
  renderPages: number;
  renderOther: number;
}

// «618ms» must not be read as «618m»: milliseconds first, and a bare minute only when no «s» follows.
const DURATION = String.raw`([\d.]+ms|\d+m\s+[\d.]+s|\d+m(?!s)|[\d.]+s)`;

/** Reads the phases of one `astro build` log (printed with NO_COLOR). */
export function parseBuildLog(log: string): BuildPhases {
  const find = (pattern: RegExp, what: string) => {
    const match = pattern.exec(log);
    if (!match) throw new Error(`build log has no ${what}`);
    return match;
  };
  const built = find(new RegExp(String.raw`\[build\] (\d+) page\(s\) built in ${DURATION}`), '«page(s) built in»');
  const collect = find(new RegExp(String.raw`Collecting build info\.\.\.\s*\n.*✓ Completed in ${DURATION}`), '«Collecting build info»');
  const compile = find(new RegExp(String.raw`\[vite\] ✓ built in ${DURATION}`), '«vite built in»');
  let renderImages = 0;
  let renderPages = 0;
  let renderOther = 0;
  for (const route of log.matchAll(new RegExp(String.raw`[├└]─ (\S+) \(\+${DURATION}\)`, 'g'))) {
    const seconds = parseDuration(route[2]!);
    if (route[1]!.endsWith('.png')) renderImages += seconds;
    else if (route[1]!.endsWith('.html')) renderPages += seconds;
    else renderOther += seconds;
  }
  return {
    builtIn: parseDuration(built[2]!),
    pages: Number(built[1]),
    collect: parseDuration(collect[1]!),
    compile: parseDuration(compile[1]!),
    renderImages,
    renderPages,
    renderOther,
  };
}

/** Cost of one more article: the slope between two collection sizes. */
export function marginalCost(small: { n: number; seconds: number }, large: { n: number; seconds: number }): number {
  if (large.n <= small.n) throw new RangeError('the larger collection must have more articles');
  return (large.seconds - small.seconds) / (large.n - small.n);
}
