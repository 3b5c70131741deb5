import type { APIRoute, GetStaticPaths } from 'astro';
import { getVisibleArticles, type Article } from '../../lib/collection';
import { cachedSocialCard } from '../../lib/social-card';
import { SOCIAL_CARD_CACHE, socialCardFor } from '../../lib/social-cards-for-articles';

export const getStaticPaths = (async () => {
  const articles = await getVisibleArticles();
  return articles.map((article) => ({ params: { slug: article.id }, props: { article } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: Article }> = async ({ props }) => {
  const png = await cachedSocialCard(socialCardFor(props.article.data), SOCIAL_CARD_CACHE);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
