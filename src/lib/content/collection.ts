import { getCollection, type CollectionEntry } from 'astro:content';
import { visibleArticles } from './articles.ts';
import { authorsOf, issuesWithArticles, type Author, type IssueWithArticles } from './magazine.ts';

export type Article = CollectionEntry<'articles'>;
export type Issue = CollectionEntry<'issues'>;
export type IssueGroup = IssueWithArticles<Issue, Article>;

/** Published articles, newest first; drafts and scheduled ones too while previewing with `npm run dev`. */
export async function getVisibleArticles(): Promise<Article[]> {
  return visibleArticles(await getCollection('articles'), { today: __BUILD_DATE__, preview: __SHOW_DRAFTS__ });
}

/** Issues with at least one visible article, newest first: the first is the current issue. */
export async function getVisibleIssues(): Promise<IssueGroup[]> {
  return issuesWithArticles(await getCollection('issues'), await getVisibleArticles());
}

/** Authors of the visible articles, each with their articles newest first. */
export async function getAuthors(): Promise<Author<Article>[]> {
  return authorsOf(await getVisibleArticles());
}
