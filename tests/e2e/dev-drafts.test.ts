import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as cheerio from 'cheerio';
import { freePort } from '../support/free-port.ts';
import { withoutTestMode } from '../support/build-site.ts';
import { plain } from '../support/dist-files.ts';
import { frontmatter, makeTempProject, type TempProject } from '../support/temp-project.ts';

let project: TempProject;
let dev: ChildProcess;
let origin: string;

beforeAll(async () => {
  project = makeTempProject();
  project.write('content/chernovik.mdx', `${frontmatter({ title: 'Черновик для проверки', draft: true, published: '2026-01' })}\nТекст черновика.\n`);
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  dev = spawn(process.execPath, [path.join(project.root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: project.root,
    env: { ...withoutTestMode(process.env), ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  dev.stdout!.on('data', (chunk) => (log += chunk));
  dev.stderr!.on('data', (chunk) => (log += chunk));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${origin}/`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`astro dev did not answer within 60 s:\n${log}`);
}, 90_000);

afterAll(() => {
  if (dev?.pid) dev.kill('SIGTERM');
  project?.dispose();
});

describe('drafts in npm run dev', () => {
  it('lists the draft on the front page with a visible «Черновик» mark', async () => {
    const $ = cheerio.load(await (await fetch(`${origin}/`)).text());
    const card = $('.article-card').filter((_, el) => plain($(el).text()).includes('Черновик для проверки'));
    expect(card).toHaveLength(1);
    expect(card.find('.draft-mark').text()).toBe('Черновик');
  });

  it('shows the draft page with the mark', async () => {
    const response = await fetch(`${origin}/chernovik/`);
    expect(response.status).toBe(200);
    const $ = cheerio.load(await response.text());
    expect(plain($('h1').text())).toContain('Черновик для проверки');
    expect($('.draft-mark').text()).toBe('Черновик');
  });
});
