import path from 'node:path';
import { toSlug } from './slug.ts';
import type { ArticleData } from './article-schema.ts';
import { checkFrontmatter } from './frontmatter-checks.ts';
import { checkBody } from './body-checks.ts';
import { publicationState, type PublicationState } from './publication.ts';
import type { ContentProblem } from './content-problem.ts';
import { checkIssuesFile, ISSUES_FILE_NAME, type CheckedIssue } from './issues-file.ts';
import { crossCheckArticles } from './magazine-checks.ts';

export interface ContentFile {
  /** Path relative to the project, e.g. `content/statya.mdx`. */
  path: string;
  /** Text of .md/.mdx files; undefined for other files. */
  text?: string | undefined;
}

export interface CheckedArticle {
  file: string;
  slug: string;
  data: ArticleData;
  state: PublicationState;
  /** File line of a field, for problems found by comparing articles. */
  fieldLine: (field: string) => number | undefined;
}

export interface ContentReport {
  problems: ContentProblem[];
  /** Every article whose fields are valid, with what readers get of it. */
  articles: CheckedArticle[];
  /** The valid entries of the issues file. */
  issues: CheckedIssue[];
}

export interface CheckOptions {
  /** `YYYY-MM-DD`: an article dated later is scheduled, not published. */
  today: string;
  /** Whether a path relative to the project exists; by default, whether it is one of `files`. */
  exists?: (projectPath: string) => boolean;
  /** The content folder relative to the project, where the issues file sits. */
  contentDir?: string;
}

export const ARTICLE_EXTENSIONS = ['.md', '.mdx'];
/** Pictures may sit beside the articles that show them. */
export const ASSET_EXTENSIONS = ['.png', '.jpg', '.jpeg', '.webp', '.avif', '.gif', '.svg'];
/** Addresses the site itself uses: an article there would be hidden or would hide a page. */
export const RESERVED_SLUGS = ['og', 'page', 'vypusk', 'avtor', 'poisk', 'pagefind', 'rss-xml', 'robots-txt', 'favicon-png', 'favicon-svg', '404', '_astro'];
/**
 * Characters that end a path inside a URL (`#`, `?`) or start an escape (`%`):
 * Astro's loader would read another file name and leave the article out without failing.
 */
const URL_BREAKING_CHARACTERS = /[#?%\\]/g;

const extension = (file: string) => /\.[^./]+$/.exec(file)?.[0].toLowerCase() ?? '';
const baseName = (file: string) => file.replace(/^.*\//, '');

/** The URL slug of an article file: its name without folders or extension, transliterated. Used by the collection too. */
export function articleSlug(file: string): string {
  return toSlug(baseName(file).replace(/\.mdx?$/i, ''));
}

/**
 * Everything in content/ that would make the build fail with a message about
 * generated code, or worse, leave an article out silently. Each problem names
 * the file and, where there is one, the line.
 */
export function checkContent(files: readonly ContentFile[], options: CheckOptions): ContentReport {
  const known = new Set(files.map((file) => path.posix.normalize(file.path)));
  const exists = options.exists ?? ((projectPath: string) => known.has(path.posix.normalize(projectPath)));
  const problems: ContentProblem[] = [];
  const articles: CheckedArticle[] = [];
  const bySlug = new Map<string, string[]>();
  const issuesFile = path.posix.join(options.contentDir ?? 'content', ISSUES_FILE_NAME);
  let issues: CheckedIssue[] | undefined;

  for (const file of files) {
    const name = baseName(file.path);
    if (name.startsWith('.')) continue;
    const ext = extension(file.path);
    if (ASSET_EXTENSIONS.includes(ext)) continue;
    if (path.posix.normalize(file.path) === issuesFile) {
      const checked = checkIssuesFile(file.path, file.text ?? '', exists);
      problems.push(...checked.problems);
      issues = checked.issues;
      continue;
    }
    if (!ARTICLE_EXTENSIONS.includes(ext)) {
      const hint = ext === '.yaml' || ext === '.yml' ? ` Выпуски описываются в одном файле — ${issuesFile}.` : '';
      problems.push({ file: file.path, message: `это не статья — в content/ статьи лежат в файлах .mdx (или .md). Переименуйте файл в .mdx или уберите его из content/.${hint}` });
      continue;
    }
    const badCharacters = [...new Set(name.match(URL_BREAKING_CHARACTERS) ?? [])];
    if (badCharacters.length > 0) {
      const suggestion = `${path.posix.dirname(file.path)}/${articleSlug(file.path)}${ext}`;
      problems.push({
        file: file.path,
        message: `в имени файла есть ${badCharacters.map((c) => `«${c}»`).join(', ')}: с таким знаком адрес статьи не работает, и статья пропала бы с сайта. Переименуйте файл, например в ${suggestion}.`,
      });
      continue;
    }
    const slug = articleSlug(file.path);
    bySlug.set(slug, [...(bySlug.get(slug) ?? []), file.path]);
    if (RESERVED_SLUGS.includes(slug)) {
      problems.push({ file: file.path, message: `адрес /${slug}/ занят самим сайтом. Переименуйте файл.` });
    }

    const text = file.text ?? '';
    const frontmatter = checkFrontmatter(file.path, text);
    problems.push(...frontmatter.problems);
    if (frontmatter.lineCount > 0 && !/\S/.test(frontmatter.body)) {
      problems.push({ file: file.path, message: 'у статьи нет текста после полей. Напишите текст или поставьте draft: true.' });
    }
    problems.push(...checkBody(file.path, text, { exists }));
    if (frontmatter.data) {
      const { cover } = frontmatter.data;
      const coverPath = cover === undefined ? undefined : path.posix.join(path.posix.dirname(file.path), cover);
      if (coverPath && !exists(coverPath)) {
        problems.push({ file: file.path, line: frontmatter.fieldLine('cover'), message: `картинки обложки «${cover}» нет (искали ${coverPath}). Положите файл рядом со статьёй или поправьте путь.` });
      }
      articles.push({ file: file.path, slug, data: frontmatter.data, state: publicationState(frontmatter.data, options.today), fieldLine: frontmatter.fieldLine });
    }
  }
  problems.push(...crossCheckArticles(articles, issues, issuesFile));

  for (const [slug, paths] of bySlug) {
    if (paths.length > 1) {
      problems.push({ file: paths.join(' и '), message: `у этих файлов один адрес /${slug}/, и одна статья пропала бы. Переименуйте один из файлов.` });
    }
  }
  return { problems, articles, issues: issues ?? [] };
}
