import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ContentFile } from './content-checks.ts';

/** Where articles live when no CONTENT_DIR says otherwise (test fixture sites point it elsewhere). */
export const DEFAULT_CONTENT_DIR = 'content';

/** Articles, and the issues file: the files whose text the checks read. */
const isTextFile = (name: string) => /\.(?:mdx?|ya?ml)$/i.test(name);

/**
 * Every file under the content folder, in code-point order of its path (not the
 * machine's locale), with the text of each article and YAML file. Paths are relative to `root`.
 */
export function readContentFiles(root: string, contentDir: string = DEFAULT_CONTENT_DIR): ContentFile[] {
  const dir = path.resolve(root, contentDir);
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((full) => ({
      path: path.relative(root, full).split(path.sep).join('/'),
      text: isTextFile(full) ? readFileSync(full, 'utf8') : undefined,
    }));
}
