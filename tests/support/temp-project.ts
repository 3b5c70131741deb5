import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fixtureContent, projectRoot } from './paths.ts';

/** What makes the project, besides its content and node_modules. */
const PROJECT_FILES = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public'];

export interface TempProject {
  root: string;
  write(file: string, content: string): void;
  writeBytes(file: string, content: Uint8Array): void;
  remove(file: string): void;
  dispose(): void;
}

/**
 * Copies the project into `root` (which may exist), with the content folder `content` (relative to
 * the project) as `contentAs`; node_modules is shared by a symlink.
 */
export function copyProject(root: string, content: string, contentAs: string): void {
  for (const entry of PROJECT_FILES) cpSync(path.join(projectRoot, entry), path.join(root, entry), { recursive: true });
  cpSync(path.join(projectRoot, content), path.join(root, contentAs), { recursive: true });
  symlinkSync(path.join(projectRoot, 'node_modules'), path.join(root, 'node_modules'), 'dir');
}

/**
 * A throw-away copy of the project (sharing node_modules by a symlink) where a
 * test can add, break or remove content files and build, as an editor would.
 * Its content/ is a copy of a fixture site (the seed article by default), or of
 * the live content/ when `content` is 'live'; never a test's dependence on what editors wrote.
 */
export function makeTempProject({ content = fixtureContent('seed') }: { content?: string } = {}): TempProject {
  const root = mkdtempSync(path.join(tmpdir(), 'article-site-'));
  copyProject(root, content === 'live' ? 'content' : content, 'content');
  return {
    root,
    write(file, content) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), content);
    },
    writeBytes(file, content) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), content);
    },
    remove(file) {
      rmSync(path.join(root, file), { recursive: true, force: true });
    },
    dispose() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** Frontmatter for a valid article, with fields to override or (with `undefined`) leave out. */
export function frontmatter(fields: Record<string, string | boolean | undefined> = {}): string {
  const all: Record<string, string | boolean | undefined> = {
    title: 'Тестовая статья',
    description: 'Статья, которую тест добавил, чтобы проверить сайт.',
    author: 'Тест',
    publication: 'VA-11 HALL-A — НОВЕЛЛЬНЫЙ20!8',
    issue: 'Второй выпуск',
    published: '2025-05',
    draft: false,
    ...fields,
  };
  const lines = Object.entries(all)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${typeof value === 'string' ? JSON.stringify(value) : value}`);
  return `---\n${lines.join('\n')}\n---\n`;
}
