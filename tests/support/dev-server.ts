import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { freePort } from './free-port.ts';
import { withoutTestMode } from './build-site.ts';

export interface DevServer {
  origin: string;
  /** Everything the server printed so far. */
  log(): string;
  stop(): void;
}

/**
 * `astro dev` (or `astro preview` with `args` naming the built folder) in a project folder,
 * on 127.0.0.1 and a free port, ready to answer; stop() ends it by its PID.
 */
export async function startAstroServer(
  root: string,
  command: 'dev' | 'preview',
  { args = [], env = {} }: { args?: string[]; env?: Record<string, string> } = {},
): Promise<DevServer> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), command, ...args, '--host', '127.0.0.1', '--port', String(port)], {
    cwd: root,
    env: { ...withoutTestMode(process.env), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout!.on('data', (chunk) => (log += chunk));
  child.stderr!.on('data', (chunk) => (log += chunk));
  const server = { origin, log: () => log, stop: () => void (child.pid && child.kill('SIGTERM')) };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${origin}/`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  server.stop();
  throw new Error(`astro ${command} did not answer within 60 s:\n${log}`);
}

/** `astro dev` in a project folder. */
export const startDevServer = (root: string): Promise<DevServer> => startAstroServer(root, 'dev');
