import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

/** What the search index holds about one page: its fragment file, as pagefind.js reads it. */
export interface IndexedPage {
  file: string;
  url: string;
  content: string;
  meta: Record<string, string>;
}

/** Pagefind's files are gzip with a signature in front of the data. */
export function readPagefindFile(file: string): Buffer {
  const data = gunzipSync(readFileSync(file));
  const signature = Buffer.from('pagefind_dcd');
  if (!data.subarray(0, signature.length).equals(signature)) throw new Error(`${file} is not a Pagefind file`);
  return data.subarray(signature.length);
}

/** Every page in dist/pagefind/, or undefined when the build wrote no index. */
export function indexedPages(dist: string): IndexedPage[] | undefined {
  const folder = path.join(dist, 'pagefind', 'fragment');
  if (!existsSync(folder)) return undefined;
  return readdirSync(folder)
    .filter((file) => file.endsWith('.pf_fragment'))
    .sort()
    .map((file) => {
      const fragment = JSON.parse(readPagefindFile(path.join(folder, file)).toString('utf8')) as Omit<IndexedPage, 'file'>;
      return { file: `pagefind/fragment/${file}`, url: fragment.url, content: fragment.content, meta: fragment.meta };
    });
}
