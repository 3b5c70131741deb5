import { availableParallelism } from 'node:os';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getEntry } from 'astro:content';
import { getVisibleArticles, type Article } from '../../lib/content/collection';
import { cachedSocialCard, limitConcurrency } from '../../lib/cards/social-card';
import { coverFileOf, socialCardCache, socialCardFor } from '../../lib/cards/social-cards-for-articles';
import { readFileSync } from 'node:fs';

// Every card is queued as soon as the routes are known, so they are drawn on the
// thread pool while Astro goes on; each GET then waits only for its own card.
const cards = new Map<string, Promise<Uint8Array>>();
const drawCard = async (article: Article) => {
  const issue = await getEntry(article.data.issue);
  const root = process.cwd();
  const coverFile = article.data.cover && article.filePath ? coverFileOf(root, article.filePath, readFileSync(article.filePath, 'utf8')) : undefined;
  return cachedSocialCard(socialCardFor({ ...article.data, issueTitle: issue?.data.title ?? article.data.issue.id, coverFile }), socialCardCache(__CACHE_DIR__));
};

export const getStaticPaths = (async () => {
  const articles = await getVisibleArticles();
  const inFlight = limitConcurrency(availableParallelism() * 2);
  for (const article of articles) {
    if (!cards.has(article.id)) cards.set(article.id, inFlight(() => drawCard(article)));
  }
  return articles.map((article) => ({ params: { slug: article.id }, props: { article } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: Article }> = async ({ props }) => {
  const queued = cards.get(props.article.id);
  // Written out once: let the bytes go rather than hold every card until the build ends.
  cards.delete(props.article.id);
  const png = await (queued ?? drawCard(props.article));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
