import path from 'node:path';
import type { PublishedDate } from '../content/published-date.ts';
import { checkFrontmatter } from '../content/frontmatter-checks.ts';
import { publishedLabel } from '../reader/article-meta.ts';
import { typeset } from '../markdown/typography.ts';
import type { SocialCard } from './social-card.ts';

/** Where drawn cards are kept between builds, inside the build's cache folder (CACHE_DIR, default `.cache`). */
export const socialCardCache = (cacheDir: string) => path.join(cacheDir, 'social-cards');

/** What a card shows of an article: its fields, with the issue by its title. */
export interface CardFields {
  title: string;
  author: string;
  publication: string;
  issueTitle: string;
  published: PublishedDate;
  /** Absolute path of the cover picture, if the article has one. */
  coverFile?: string | undefined;
}

export function socialCardFor(data: CardFields): SocialCard {
  return {
    kicker: `${data.publication} · ${data.issueTitle}`,
    // PT Sans has no non-breaking hyphen (U+2011) glyph to count on: the card takes the plain one.
    title: typeset(data.title).replace(/\u2011/g, '-'),
    footer: `${data.author} · ${publishedLabel(data.published)}`,
    ...(data.coverFile ? { cover: data.coverFile } : {}),
  };
}

export function socialCardPath(id: string): string {
  return `/og/${id}.png`;
}

/** The cover file an article names (`cover: ./oblozhka.jpg`), which sits beside the article. */
export function coverPath(root: string, articleFile: string, cover: string | undefined): string | undefined {
  return cover === undefined ? undefined : path.resolve(root, path.dirname(articleFile), cover);
}

/**
 * Where an article's cover file is, read from its frontmatter as written: the
 * collection hands pages an optimised image, whose source file is not public API.
 */
export function coverFileOf(root: string, articleFile: string, text: string): string | undefined {
  return coverPath(root, articleFile, checkFrontmatter(articleFile, text).data?.cover);
}
