import { readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Removes the social cards a build did not use (a changed title, a deleted article,
 * an older design): every card drawn or reused is written or touched during the
 * build, so what is older than the build's start is no one's any more.
 */
export function pruneUnusedCards(folder: string, started: number): void {
  let files: string[];
  try {
    files = readdirSync(folder);
  } catch {
    return; // no cards kept yet
  }
  for (const file of files) {
    const full = path.join(folder, file);
    // A second of slack: some file systems keep times to the second.
    if (statSync(full).mtimeMs < started - 1000) rmSync(full, { force: true });
  }
}
