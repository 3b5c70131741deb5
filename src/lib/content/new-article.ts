import { articleSlug } from './content-checks.ts';
import { toSlug } from './slug.ts';
import { issuesForCollection } from './issues-file.ts';

export interface NewArticle {
  /** Relative to the project: `content/<slug>.mdx`. */
  path: string;
  content: string;
}

export interface NewArticleDefaults {
  publication: string;
  issue: string;
  author: string;
}

const yamlString = (value: string) => JSON.stringify(value);

/**
 * What `npm run new` writes for the editor to replace. A non-draft article that
 * still has one of them is stopped by the content checks.
 */
export const PLACEHOLDERS = {
  description: 'Одно предложение о статье — для главной страницы, поиска и соцсетей.',
  author: 'Имя автора',
  body: ['Первый абзац статьи.', 'Текст раздела.'],
} as const;

/** An article file with valid frontmatter, dated `today` (YYYY-MM-DD) and marked as a draft. */
export function newArticle(title: string, today: string, defaults: NewArticleDefaults): NewArticle {
  const cleanTitle = title.trim().replace(/\s+/g, ' ');
  if (!/[\p{L}\p{N}]/u.test(cleanTitle)) throw new Error('Нужен заголовок: npm run new -- "Заголовок статьи"');
  // `--help` or a mistyped option is not a title: it would become content/help.mdx.
  if (cleanTitle.startsWith('-')) {
    throw new Error(`«${cleanTitle}» похоже на ключ команды, а не на заголовок. Ничего не создано. Запуск: npm run new -- "Заголовок статьи"`);
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new Error(`today must be YYYY-MM-DD, got ${today}`);
  const content = [
    '---',
    `title: ${yamlString(cleanTitle)}`,
    `description: ${yamlString(PLACEHOLDERS.description)}`,
    `author: ${yamlString(defaults.author)}`,
    `publication: ${yamlString(defaults.publication)}`,
    `issue: ${yamlString(defaults.issue)}`,
    `published: ${today}`,
    'draft: true',
    '---',
    '',
    PLACEHOLDERS.body[0],
    '',
    '## Первый раздел',
    '',
    PLACEHOLDERS.body[1],
    '',
  ].join('\n');
  return { path: `content/${toSlug(cleanTitle)}.mdx`, content };
}

/** The existing file that already has this article's address, if any (another name can transliterate the same). */
export function clashingFile(newPath: string, existing: readonly string[]): string | undefined {
  const slug = articleSlug(newPath);
  return existing.find((file) => /\.mdx?$/i.test(file) && articleSlug(file) === slug);
}

/** The title of the issue with the highest number in the issues file (its text), so a new article lands in the current issue by default. */
export function latestIssue(issuesYaml: string | undefined): string | undefined {
  return latest(issuesYaml)?.title;
}

const latest = (issuesYaml: string | undefined) =>
  (Object.values(issuesForCollection(issuesYaml ?? '')) as { number: number; title: string; month?: string }[]).sort((a, b) => b.number - a.number)[0];

/**
 * What `npm run new` adds when the latest issue came out before this month (`today` is
 * YYYY-MM-DD): the article is filed in an old issue, and may belong to a new one.
 */
export function oldIssueHint(issuesYaml: string | undefined, today: string): string | undefined {
  const issue = latest(issuesYaml);
  if (!issue?.month || issue.month >= today.slice(0, 7)) return undefined;
  return `Статья записана в последний выпуск, «${issue.title}» (${issue.month}). Если она для нового выпуска, добавьте его в content/issues.yaml и впишите его название в issue: (docs/editing.md, раздел 4а).`;
}
