import { compareNewestFirst, type PublishedDate } from './published-date.ts';
import { authorId } from './slug.ts';

/** What the magazine's grouping needs of an article; `issue` is the reference Astro made of its issue's title. */
export interface IssueMember {
  id: string;
  data: { issue: { id: string }; order?: number | undefined; published: PublishedDate; author: string };
}

export interface Numbered {
  id: string;
  data: { number: number };
}

export interface IssueWithArticles<I, A> {
  issue: I;
  /** In the issue's order. */
  articles: A[];
}

export interface Author<A> {
  /** The page address: `/avtor/<id>/`. */
  id: string;
  name: string;
  /** Newest first. */
  articles: A[];
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The order of an issue's table of contents: articles the editors numbered
 * (`order`) first, then the others as they came out, oldest first, ties by id.
 */
export function compareIssueOrder(a: IssueMember, b: IssueMember): number {
  const ao = a.data.order ?? Infinity;
  const bo = b.data.order ?? Infinity;
  if (ao !== bo) return ao < bo ? -1 : 1;
  return compareNewestFirst(b.data.published, a.data.published) || byCodePoint(a.id, b.id);
}

/** Issues that have at least one article to show, newest (highest number) first, each with its articles in order. */
export function issuesWithArticles<I extends Numbered, A extends IssueMember>(issues: readonly I[], articles: readonly A[]): IssueWithArticles<I, A>[] {
  return [...issues]
    .sort((a, b) => b.data.number - a.data.number)
    .map((issue) => ({ issue, articles: articles.filter((article) => article.data.issue.id === issue.id).sort(compareIssueOrder) }))
    .filter((group) => group.articles.length > 0);
}

/** Every author with their articles, in the order given (newest first), authors by name. */
export function authorsOf<A extends IssueMember>(articles: readonly A[]): Author<A>[] {
  const authors = new Map<string, Author<A>>();
  for (const article of articles) {
    const id = authorId(article.data.author);
    const author = authors.get(id) ?? { id, name: article.data.author, articles: [] };
    author.articles.push(article);
    authors.set(id, author);
  }
  return [...authors.values()].sort((a, b) => a.name.localeCompare(b.name, 'ru') || byCodePoint(a.id, b.id));
}

export interface Neighbours<T> {
  /** The article before this one: the previous in its issue, or the older one in the magazine. */
  previous?: T | undefined;
  /** The one after it. */
  next?: T | undefined;
}

/**
 * Where to go after an article: the previous and next article of its issue, in
 * the issue's order; for the only article of an issue, the older and newer
 * article of the whole magazine, so a reader always has somewhere to go.
 */
export function neighbours<T extends IssueMember>(issueArticles: readonly T[], newestFirst: readonly T[], id: string): Neighbours<T> {
  if (issueArticles.length > 1) {
    const index = issueArticles.findIndex((article) => article.id === id);
    if (index < 0) return {};
    return { previous: issueArticles[index - 1], next: issueArticles[index + 1] };
  }
  const index = newestFirst.findIndex((article) => article.id === id);
  if (index < 0) return {};
  return { previous: newestFirst[index + 1], next: newestFirst[index - 1] };
}
