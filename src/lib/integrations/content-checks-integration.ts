import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { ARTICLE_EXTENSIONS, findContentProblems, type ContentFile } from '../content/content-checks.ts';

export const CONTENT_DIR = 'content';

function readContentFiles(root: string): ContentFile[] {
  const dir = path.join(root, CONTENT_DIR);
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .sort((a, b) => path.join(a.parentPath, a.name).localeCompare(path.join(b.parentPath, b.name)))
    .map((entry) => {
      const full = path.join(entry.parentPath, entry.name);
      const relative = path.relative(root, full).split(path.sep).join('/');
      const isArticle = ARTICLE_EXTENSIONS.some((ext) => entry.name.toLowerCase().endsWith(ext));
      return { path: relative, text: isArticle ? readFileSync(full, 'utf8') : undefined };
    });
}

/** Stops `astro build` and `astro dev` with every content mistake listed, before anything is built. */
export function contentChecks(): AstroIntegration {
  return {
    name: 'content-checks',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const problems = findContentProblems(readContentFiles(fileURLToPath(config.root)));
        if (problems.length > 0) {
          throw new AstroError(
            `Ошибки в content/ (${problems.length}):\n${problems.map((p) => `  • ${p}`).join('\n')}`,
            'Исправьте файлы и запустите сборку снова. Что значит каждое сообщение — в docs/editing.md.',
          );
        }
      },
    },
  };
}
