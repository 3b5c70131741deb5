import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { setPriority } from 'node:os';
import path from 'node:path';

/**
 * Starts one of the build's helper processes (a script in src/cli/) beside the build.
 * It runs below the build's priority: the build's own process is the critical path, so on two
 * cores a helper still has the other core to itself, and on one it takes only what the build
 * leaves. A build that stops early (a compile error) takes its helpers with it. Its stdin, stdout
 * and stderr are pipes: what the helper does not need, it drains.
 */
export function startHelperProcess(root: string, script: string, niceness: number): ChildProcessWithoutNullStreams {
  const child = spawn(process.execPath, [path.join(root, 'src/cli', script)], { cwd: root, stdio: 'pipe' });
  try {
    if (child.pid !== undefined) setPriority(child.pid, niceness);
  } catch {
    // not allowed here (or the process already ended): it runs at the build's priority
  }
  const stop = () => child.kill();
  process.once('exit', stop);
  child.on('close', () => process.removeListener('exit', stop));
  return child;
}
