import { readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildScriptNodeArgs } from '../../../src/lib/tooling/build-command.ts';

describe('buildScriptNodeArgs', () => {
  it('gives the arguments after node', () => {
    expect(buildScriptNodeArgs('node --env-file=a.env node_modules/astro/bin/astro.mjs build')).toEqual(['--env-file=a.env', 'node_modules/astro/bin/astro.mjs', 'build']);
  });

  it.each([['astro build'], ['node node_modules/astro/bin/astro.mjs dev'], ['node x.js && node node_modules/astro/bin/astro.mjs build'], ['node build']])(
    'refuses a script it cannot start itself: %s',
    (script) => {
      expect(() => buildScriptNodeArgs(script)).toThrow(/build script/);
    },
  );

  it('reads the project’s own script, whose env file returns the build’s freed memory to the system', () => {
    const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: { build: string } };
    const envFile = buildScriptNodeArgs(scripts.build).find((arg) => arg.startsWith('--env-file='))!.slice('--env-file='.length);
    expect(parseEnv(readFileSync(envFile, 'utf8'))).toEqual({ MIMALLOC_PURGE_DELAY: '0', MALLOC_ARENA_MAX: '2' });
  });
});
