// @ts-check
/**
 * Mutation testing of src/lib with the unit tests: `npm run test:mutation` (CI runs it after `npm test`).
 * Report: reports/mutation/mutation.html and .json; reports/ is not committed.
 * See docs/mutation-testing.md.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  // Only the `unit` project of vitest.config.ts (see that file for why).
  vitest: { configFile: 'stryker.vitest.config.ts' },
  mutate: [
    'src/lib/**/*.ts',
    // Imports the virtual module `astro:content` and the build-time constant
    // __SHOW_DRAFTS__: both exist only inside an Astro build, so no unit test can load it.
    // Its logic lives in articles.ts, which is mutated.
    '!src/lib/content/collection.ts',
    // Astro integration hook wiring: each file only hands Astro a hook that calls
    // tested code (content-checks.ts, typography.ts's memo) or sets a define.
    // Only a real `astro build`/`astro dev` exercises them (tests/build, tests/e2e),
    // far too slow to repeat for every mutant.
    '!src/lib/integrations/content-checks-integration.ts',
    '!src/lib/integrations/draft-preview.ts',
    '!src/lib/integrations/typography-cache-integration.ts',
    // A lock between two build processes and the dev server's live list of content problems:
    // only real processes exercise them (tests/build/concurrent-builds, tests/e2e/dev-preview).
    '!src/lib/integrations/build-lock.ts',
    '!src/lib/integrations/dev-content-problems.ts',
    // Prunes a cache folder at the end of a real build: tests/build/cache-tampering.
    '!src/lib/integrations/card-cache-pruning.ts',
    // Runs Pagefind's binary over a finished dist/: tests/build/search-index and tests/e2e/search.
    // What it decides (which files to keep, the log line) is in src/lib/search, which is mutated.
    '!src/lib/integrations/search-index.ts',
    // Writes pageOwnCsp's result (src/lib/site/page-csp.ts, mutated) back to each built page:
    // only a real build runs it (tests/build/publishing checks every page's policy).
    '!src/lib/integrations/page-csp-integration.ts',
    // Start the card process with the checked articles and copy its cards into dist/ (what to draw is
    // card-jobs.ts, mutated); record and compare a build's inputs and output: only real builds run
    // them (tests/build/rebuild, tests/build/cache-tampering).
    '!src/lib/integrations/social-cards-integration.ts',
    '!src/lib/integrations/up-to-date.ts',
    // Starts the typeset-ahead process beside a real build and feeds its lines into the memo (what the
    // lines are and how they are checked is typography.ts, mutated; the process itself is tested in
    // tests/build/search-index): it changes how fast a build is, never what it writes.
    '!src/lib/integrations/typeset-ahead-integration.ts',
    // Spawns a helper process at a lower priority and stops it with the build: only real builds
    // start helpers (tests/build/scale, tests/build/rebuild).
    '!src/lib/integrations/helper-process.ts',
  ],
  // No mutator is excluded.
  // tests/mutation holds only the baseline below: nothing a test run needs in its sandbox.
  ignorePatterns: ['dist', '.astro', '.cache', 'coverage', '/tests/mutation'],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  // Re-runs only mutants whose code or covering tests changed, against a committed
  // baseline (a full run takes far longer than CI allows). Module-level ("static")
  // mutants have no per-test coverage, so a new test does not make Stryker try them
  // again: refresh the baseline with `npm run test:mutation -- --force` and commit it.
  incremental: true,
  incrementalFile: 'tests/mutation/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  // break: the overall score of the last full run (--force: 91.40 %) minus 2, rounded down.
  thresholds: { high: 90, low: 80, break: 89 },
  timeoutMS: 10_000,
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
