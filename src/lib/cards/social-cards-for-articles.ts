import path from 'node:path';
import type { ArticleData } from '../content/article-schema.ts';
import { publishedLabel } from '../reader/article-meta.ts';
import { typeset } from '../markdown/typography.ts';
import type { SocialCard } from './social-card.ts';

/**
 * Where drawn cards are kept between builds (ignored by git; `rm -rf .cache` for a clean build).
 * SOCIAL_CARD_CACHE moves it, e.g. for a test that must draw every card afresh.
 */
export const SOCIAL_CARD_CACHE = process.env.SOCIAL_CARD_CACHE || path.join(process.cwd(), '.cache', 'social-cards');

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
