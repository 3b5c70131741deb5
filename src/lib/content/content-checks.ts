import { PUBLISHED_DATE_FORMAT, parsePublishedDate } from './published-date.ts';
import { toSlug } from './slug.ts';
import { MDX_COMPONENT_NAMES } from './mdx-component-names.ts';

export interface ContentFile {
  /** Path relative to the project, e.g. `content/statya.mdx`. */
  path: string;
  /** Text of .md/.mdx files; undefined for other files. */
  text?: string | undefined;
}

export const ARTICLE_EXTENSIONS = ['.md', '.mdx'];
/** Pictures may sit beside the articles that show them. */
export const ASSET_EXTENSIONS = ['.png', '.jpg', '.jpeg', '.webp', '.avif', '.gif', '.svg'];
/** Addresses the site itself uses: an article there would be hidden or would hide a page. */
export const RESERVED_SLUGS = ['og', 'page', 'rss-xml', 'robots-txt', 'favicon-png', 'favicon-svg', '404', '_astro'];

const extension = (file: string) => /\.[^./]+$/.exec(file)?.[0].toLowerCase() ?? '';
const baseName = (file: string) => file.replace(/^.*\//, '');

/** The URL slug of an article file: its name without folders or extension, transliterated. Used by the collection too. */
export function articleSlug(file: string): string {
  return toSlug(baseName(file).replace(/\.mdx?$/i, ''));
}

const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/**
 * Mistakes the build would otherwise make silently: a file that is not an article
 * (it would just be skipped), two files with one address (one would vanish), an
 * empty article, a date YAML turns into another day (2025-02-30 → 2 March).
 * Each message names the file and says what to do.
 */
export function findContentProblems(files: readonly ContentFile[]): string[] {
  const problems: string[] = [];
  const bySlug = new Map<string, string[]>();

  for (const file of files) {
    const name = baseName(file.path);
    if (name.startsWith('.')) continue;
    const ext = extension(file.path);
    if (ASSET_EXTENSIONS.includes(ext)) continue;
    if (!ARTICLE_EXTENSIONS.includes(ext)) {
      problems.push(`${file.path}: это не статья — в content/ статьи лежат в файлах .mdx (или .md). Переименуйте файл в .mdx или уберите его из content/.`);
      continue;
    }
    const slug = articleSlug(file.path);
    bySlug.set(slug, [...(bySlug.get(slug) ?? []), file.path]);
    if (RESERVED_SLUGS.includes(slug)) {
      problems.push(`${file.path}: адрес /${slug}/ занят самим сайтом. Переименуйте файл.`);
    }
    problems.push(...textProblems(file.path, file.text ?? ''));
  }

  for (const [slug, paths] of bySlug) {
    if (paths.length > 1) {
      problems.push(`${paths.join(' и ')}: у этих файлов один адрес /${slug}/, и одна статья пропала бы. Переименуйте один из файлов.`);
    }
  }
  return problems;
}

function textProblems(path: string, text: string): string[] {
  const match = FRONTMATTER.exec(text);
  if (!match) {
    return [`${path}: нет блока с полями статьи в начале файла. Файл должен начинаться строкой --- , затем поля (title: …), затем снова --- .`];
  }
  const problems: string[] = [];
  if (!/\S/.test(text.slice(match[0].length))) {
    problems.push(`${path}: у статьи нет текста после полей. Напишите текст или поставьте draft: true.`);
  }
  problems.push(...unknownComponents(path, text.slice(match[0].length), match[0].split('\n').length - 1));
  for (const line of match[1]!.split(/\r?\n/)) {
    const field = /^(published|updated):\s*['"]?(\d{4}-\d{2}-\d{2})['"]?\s*(?:#.*)?$/.exec(line);
    if (!field) continue;
    const parsed = parsePublishedDate(field[2]);
    if (!parsed.ok) problems.push(`${path}: поле ${field[1]}: ${parsed.error}. Формат: ${PUBLISHED_DATE_FORMAT}.`);
  }
  return problems;
}

/**
 * A capitalised tag is a component; one that is neither ours nor imported in the
 * file would fail at render time with a message that names the page, not the file.
 */
function unknownComponents(path: string, body: string, lineOffset: number): string[] {
  const imported = new Set([...body.matchAll(/^import\s+(?:\{([^}]*)\}|(\w+))/gm)].flatMap((m) => (m[1] ?? m[2]!).split(',').map((n) => n.trim().split(/\s+as\s+/).pop()!)));
  const known = new Set<string>([...MDX_COMPONENT_NAMES, ...imported]);
  const problems: string[] = [];
  let inFence = false;
  body.split('\n').forEach((line, index) => {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence) return;
    for (const tag of line.replace(/`[^`]*`/g, '').matchAll(/<([A-Z][\w.]*)/g)) {
      const name = tag[1]!.split('.')[0]!;
      if (!known.has(name)) {
        problems.push(`${path}:${lineOffset + index + 1}: компонента <${tag[1]}> нет. Можно: ${MDX_COMPONENT_NAMES.map((n) => `<${n}>`).join(', ')} (см. docs/editing.md).`);
      }
    }
  });
  return problems;
}
