import { getCollection, type CollectionEntry } from 'astro:content';
import { visibleArticles } from './articles.ts';

export type Article = CollectionEntry<'articles'>;

/** Published articles, newest first; drafts and scheduled ones too while previewing with `npm run dev`. */
export async function getVisibleArticles(): Promise<Article[]> {
  return visibleArticles(await getCollection('articles'), { today: __BUILD_DATE__, preview: __SHOW_DRAFTS__ });
}
