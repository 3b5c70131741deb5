/** The build's targets at N = 1000 (issue 15) and how a benchmark run fares against them. */

export interface BenchFigures {
  /** Fastest clean build of N = 1000, seconds. */
  cleanFastest?: number | undefined;
  /** Fastest bare Hugo build of the same bodies in the same run, seconds; undefined when Hugo is absent. */
  hugoFastest?: number | undefined;
  /** Clean build the rebuilds are compared with (the median at N = 1000), seconds. */
  cleanMedian?: number | undefined;
  /** Rebuild after one article changed, caches kept, seconds. */
  oneEdit?: number | undefined;
  /** Rebuild with nothing changed, caches kept, seconds. */
  unchanged?: number | undefined;
  /** Highest peak memory of the N = 1000 builds, every process of the build counted, MB. */
  peakMb?: number | undefined;
  /** Seconds per article between N = 100 and N = 1000. */
  marginal?: number | undefined;
}

export interface TargetResult {
  target: string;
  result: string;
  /** undefined: not measured (Hugo absent, or a size left out of the run). */
  met: boolean | undefined;
}

export const TARGETS = { hugoRatio: 11, oneEditShare: 0.15, unchangedShare: 0.1, peakMb: 1.2 * 1024, marginalMs: 12 } as const;

const s = (seconds: number) => `${seconds.toFixed(1)} s`;
const pct = (share: number) => `${Math.round(share * 100)} %`;

/** Each target with its figure, met or missed; a figure not measured is said so, never counted as met. */
export function evaluateTargets(f: BenchFigures): TargetResult[] {
  const rows: TargetResult[] = [];
  const push = (target: string, measured: boolean, result: () => string, met: () => boolean) =>
    rows.push(measured ? { target, result: result(), met: met() } : { target, result: 'not measured', met: undefined });
  push(
    `clean build ≤ ${TARGETS.hugoRatio} × a bare Hugo build of the same bodies (fastest of each)`,
    f.cleanFastest !== undefined && f.hugoFastest !== undefined && f.hugoFastest > 0,
    () => `${s(f.cleanFastest!)} / ${f.hugoFastest!.toFixed(2)} s = ${(f.cleanFastest! / f.hugoFastest!).toFixed(1)} ×`,
    () => f.cleanFastest! / f.hugoFastest! <= TARGETS.hugoRatio,
  );
  push(
    `rebuild after one article changed ≤ ${pct(TARGETS.oneEditShare)} of the clean build`,
    f.oneEdit !== undefined && f.cleanMedian !== undefined,
    () => `${s(f.oneEdit!)} = ${pct(f.oneEdit! / f.cleanMedian!)}`,
    () => f.oneEdit! / f.cleanMedian! <= TARGETS.oneEditShare,
  );
  push(
    `rebuild with nothing changed ≤ ${pct(TARGETS.unchangedShare)} of the clean build`,
    f.unchanged !== undefined && f.cleanMedian !== undefined,
    () => `${s(f.unchanged!)} = ${pct(f.unchanged! / f.cleanMedian!)}`,
    () => f.unchanged! / f.cleanMedian! <= TARGETS.unchangedShare,
  );
  push(
    `peak memory ≤ ${(TARGETS.peakMb / 1024).toFixed(1)} GB (highest of the runs, all processes)`,
    f.peakMb !== undefined,
    () => `${(f.peakMb! / 1024).toFixed(2)} GB`,
    () => f.peakMb! <= TARGETS.peakMb,
  );
  push(
    `marginal cost ≤ ${TARGETS.marginalMs} ms per article (N = 100 → 1000)`,
    f.marginal !== undefined,
    () => `${(f.marginal! * 1000).toFixed(1)} ms`,
    () => f.marginal! * 1000 <= TARGETS.marginalMs,
  );
  return rows;
}

/** The targets as a Markdown table. */
export function targetsTable(rows: readonly TargetResult[]): string {
  const mark = (met: boolean | undefined) => (met === undefined ? '—' : met ? 'met' : 'missed');
  return ['| target | result | |', '|---|---|---|', ...rows.map((row) => `| ${row.target} | ${row.result} | ${mark(row.met)} |`)].join('\n');
}

