import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { expect, it } from 'vitest';
import { withoutTestMode } from '../support/build-site.ts';
import { projectRoot } from '../support/paths.ts';

// `astro check` runs here, beside the other test files, rather than before them: its ~20 s of
// type checking then overlaps the builds the other files wait for.
it('astro check finds no error, warning or hint in the project', () => {
  const result = spawnSync(process.execPath, [path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'check'], {
    cwd: projectRoot,
    env: { ...withoutTestMode(process.env), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = stripVTControlCharacters(`${result.stdout}\n${result.stderr}`);
  expect(output).toMatch(/Result \(\d+ files\):\s*- 0 errors\s*- 0 warnings\s*- 0 hints/);
  expect(result.status, output).toBe(0);
}, 240_000);
