import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { acceptTypesetLines } from '../markdown/typography.ts';
import { typographyMemoFile } from './typography-cache-integration.ts';
import { startHelperProcess } from './helper-process.ts';
import { typesetAheadLogLine } from './build-log-lines.ts';

/**
 * Below this many articles the compile is over in about the time the helper takes to start
 * (~0.4 s): it would only cost the machine that time.
 */
export const TYPESET_AHEAD_FROM = 50;

/**
 * Typography off the compile's thread. Once the content checks have read the articles,
 * `start` runs src/cli/typeset-ahead.ts over the published ones on the other core; each
 * text it typesets comes back as a memo line and goes into this process's memo, where the
 * compile finds it. Whatever has not arrived when the compile asks is typeset there as
 * before, so the output is the same whether the process runs ahead, behind or not at all.
 * It stops when the pages are rendered; a failure of it only costs the time it would save.
 */
export function typesetAhead(cacheDir: string) {
  let child: ChildProcess | undefined;
  let received = 0;
  let articles = 0;

  const start = (root: string, files: readonly string[]) => {
    if (files.length < TYPESET_AHEAD_FROM) return;
    articles = files.length;
    // Above the card process: typeset text is wanted during the compile, cards only at the build's end.
    const helper = startHelperProcess(root, 'typeset-ahead.ts', 5);
    child = helper;
    helper.on('error', () => undefined);
    helper.stderr.resume(); // nothing it says matters to the build
    let partial = '';
    helper.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      const lines = (partial + chunk).split('\n');
      partial = lines.pop()!;
      received += acceptTypesetLines(lines);
    });
    helper.stdin.end(JSON.stringify({ files: files.map((file) => path.join(root, file)), memoFile: typographyMemoFile(cacheDir) }));
  };

  const integration: AstroIntegration = {
    name: 'typeset-ahead',
    hooks: {
      // Every page is rendered: nothing asks for typeset text any more.
      'astro:build:generated': ({ logger }) => {
        if (!child) return;
        child.kill();
        child = undefined;
        logger.info(typesetAheadLogLine(received, articles));
      },
    },
  };
  return { integration, start };
}

