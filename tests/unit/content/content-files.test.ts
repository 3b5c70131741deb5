import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readContentFiles } from '../../../src/lib/content/content-files.ts';

describe('readContentFiles', () => {
  let root: string;
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  };

  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'content-files-'));
    write('content/b.mdx', 'b');
    write('content/a.md', 'a');
    write('content/B.MDX', 'B');
    write('content/Итоги.mdx', 'итоги');
    write('content/issue/c.mdx', 'c');
    write('content/cover.png', 'png');
    write('content/a.mdx.bak', 'backup');
    write('content/notes.mdx.txt', 'notes');
    mkdirSync(path.join(root, 'content/empty.mdx'), { recursive: true }); // a folder, whatever its name
    write('elsewhere/site/x.mdx', 'x');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('lists every file under content/ (by default) in code-point order of its path, with the text of .md and .mdx files only', () => {
    expect(readContentFiles(root)).toEqual([
      { path: 'content/B.MDX', text: 'B' },
      { path: 'content/a.md', text: 'a' },
      { path: 'content/a.mdx.bak', text: undefined },
      { path: 'content/b.mdx', text: 'b' },
      { path: 'content/cover.png', text: undefined },
      { path: 'content/issue/c.mdx', text: 'c' },
      { path: 'content/notes.mdx.txt', text: undefined },
      { path: 'content/Итоги.mdx', text: 'итоги' },
    ]);
  });

  it('reads another folder, giving paths relative to the root', () => {
    expect(readContentFiles(root, 'elsewhere/site')).toEqual([{ path: 'elsewhere/site/x.mdx', text: 'x' }]);
    expect(readContentFiles(path.join(root, 'elsewhere'), 'site')).toEqual([{ path: 'site/x.mdx', text: 'x' }]);
  });
});
