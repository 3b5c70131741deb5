interface Listed {
  id: string;
  data: { issue: string };
}

export interface Neighbours<T> {
  /** The article a reader of this issue read just before (older), if any. */
  previous?: T | undefined;
  /** The one that comes after it (newer), if any. */
  next?: T | undefined;
}

/**
 * The articles to offer after this one, from a list ordered newest first: its
 * neighbours within its own issue, or within the whole magazine when it is the
 * issue's only article, so a reader always has somewhere to go.
 */
export function neighbours<T extends Listed>(articles: readonly T[], id: string): Neighbours<T> {
  const self = articles.find((article) => article.id === id);
  if (!self) return {};
  const sameIssue = articles.filter((article) => article.data.issue === self.data.issue);
  const pool = sameIssue.length > 1 ? sameIssue : articles;
  const index = pool.indexOf(self);
  return { next: pool[index - 1], previous: pool[index + 1] };
}
