/**
 * The articles of each issue, for the search page's list of everything (what it shows without
 * JavaScript). Issues are today the free-text `issue` field; when they become a collection,
 * only this grouping changes. Issues come in the order of their newest article, and each
 * issue's articles keep the order given (newest first).
 */
export interface IssueGroup<T> {
  issue: string;
  articles: T[];
}

export function articlesByIssue<T extends { data: { issue: string } }>(articles: readonly T[]): IssueGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const article of articles) {
    const issue = article.data.issue.trim();
    const group = groups.get(issue);
    if (group) group.push(article);
    else groups.set(issue, [article]);
  }
  return [...groups].map(([issue, grouped]) => ({ issue, articles: grouped }));
}
