// Social cards on request, for `astro dev` only. A build draws them in a process of its own beside
// the compile and copies them into dist/og/ at its end (src/lib/integrations/social-cards-integration.ts),
// so here it has no paths: the route renders nothing and costs nothing.
import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getEntry } from 'astro:content';
import { getVisibleArticles, type Article } from '../../lib/content/collection';
import { cachedSocialCard } from '../../lib/cards/social-card';
import { coverFileOf, socialCardCache, socialCardFor } from '../../lib/cards/social-cards-for-articles';

export const getStaticPaths = (async () => {
  // __SHOW_DRAFTS__ is true exactly under `astro dev` (see draft-preview.ts).
  if (!__SHOW_DRAFTS__) return [];
  const articles = await getVisibleArticles();
  return articles.map((article) => ({ params: { slug: article.id }, props: { article } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: Article }> = async ({ props: { article } }) => {
  const issue = await getEntry(article.data.issue);
  const coverFile = article.data.cover && article.filePath ? coverFileOf(process.cwd(), article.filePath, readFileSync(article.filePath, 'utf8')) : undefined;
  const png = await cachedSocialCard(socialCardFor({ ...article.data, issueTitle: issue?.data.title ?? article.data.issue.id, coverFile }), socialCardCache(__CACHE_DIR__));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
