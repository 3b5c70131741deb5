import type { CheckedArticle } from './content-checks.ts';
import type { ContentProblem } from './content-problem.ts';
import { issueId, type CheckedIssue } from './issues-file.ts';
import { authorId } from './slug.ts';

/**
 * Mistakes that only show when articles are read together with the issues and
 * with each other: an issue nobody described (a typo would silently start a new
 * issue), two articles at one place of an issue, one author spelled two ways
 * (their pages would share one address). Drafts are exempt: an editor may name an
 * issue before it is described.
 */
export function crossCheckArticles(articles: readonly CheckedArticle[], issues: readonly CheckedIssue[] | undefined, issuesFile: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const live = articles.filter((article) => article.state !== 'draft');
  if (live.length === 0) return problems;
  if (issues === undefined) {
    return [
      {
        file: issuesFile,
        message: `нет файла выпусков, а статьи называют выпуски («${live[0]!.data.issue}»). Создайте ${issuesFile}: «- title: ${live[0]!.data.issue}», «  number: 1», «  month: 2025-01» (см. docs/editing.md).`,
      },
    ];
  }
  const known = new Map(issues.map((issue) => [issue.id, issue]));
  const titles = issues.map((issue) => `«${issue.data.title}»`).join(', ') || 'ни одного';
  for (const article of live) {
    if (!known.has(issueId(article.data.issue))) {
      problems.push({
        file: article.file,
        line: article.fieldLine('issue'),
        message: `выпуска «${article.data.issue}» нет в ${issuesFile}. Там есть: ${titles}. Впишите название как там или добавьте выпуск в ${issuesFile}.`,
      });
    }
  }

  const places = new Map<string, CheckedArticle>();
  for (const article of live) {
    if (article.data.order === undefined) continue;
    const key = `${issueId(article.data.issue)}#${article.data.order}`;
    const first = places.get(key);
    if (first) {
      problems.push({
        file: article.file,
        line: article.fieldLine('order'),
        message: `order: ${article.data.order} в выпуске «${article.data.issue}» уже у ${first.file}: у двух статей одного выпуска место должно быть разным.`,
      });
    } else places.set(key, article);
  }

  const authors = new Map<string, CheckedArticle>();
  for (const article of live) {
    const id = authorId(article.data.author);
    const first = authors.get(id);
    if (!first) authors.set(id, article);
    else if (first.data.author !== article.data.author) {
      problems.push({
        file: article.file,
        line: article.fieldLine('author'),
        message: `автор «${article.data.author}» написан не так, как в ${first.file} («${first.data.author}»): это один адрес страницы автора. Напишите имя одинаково.`,
      });
    }
  }
  return problems;
}
