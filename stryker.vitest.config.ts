import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import root from './vitest.config.ts';

/**
 * The `unit` project of vitest.config.ts on its own, for Stryker: its Vitest runner
 * has no `--project` option, and the `site` project would build the whole site
 * (tests/support/global-build.ts) and start Chromium for every mutant.
 */
const unit = root.test?.projects?.find(
  (project): project is TestProjectInlineConfiguration =>
    typeof project === 'object' && !(project instanceof Promise) && project.test?.name === 'unit',
);
if (!unit) throw new Error('vitest.config.ts has no «unit» project');

export default defineConfig(unit);
