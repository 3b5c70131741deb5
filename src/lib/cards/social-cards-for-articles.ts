import path from 'node:path';
import type { ArticleData } from '../content/article-schema.ts';
import { publishedLabel } from '../reader/article-meta.ts';
import { typeset } from '../markdown/typography.ts';
import type { SocialCard } from './social-card.ts';

/** Where drawn cards are kept between builds, inside the build's cache folder (CACHE_DIR, default `.cache`). */
export const socialCardCache = (cacheDir: string) => path.join(cacheDir, 'social-cards');

export function socialCardFor(data: ArticleData): SocialCard {
  return {
    kicker: `${data.publication} · ${data.issue}`,
    title: typeset(data.title),
    footer: `${data.author} · ${publishedLabel(data.published)}`,
  };
}

export function socialCardPath(id: string): string {
  return `/og/${id}.png`;
}
