import type { CheckedArticle } from '../content/content-checks.ts';
import { issueId, type CheckedIssue } from '../content/issues-file.ts';
import type { SocialCard } from './social-card.ts';
import { coverPath, socialCardFor } from './social-cards-for-articles.ts';

/** One card to draw: the article's slug (its file is `og/<slug>.png`) and what the card shows. */
export interface CardJob {
  slug: string;
  card: SocialCard;
}

/**
 * Every card the build publishes, from the content checks' reading of the folder.
 * A card depends on the frontmatter alone (and the cover file), so it is known before
 * Astro compiles anything: the cards can be drawn beside the compile instead of after it.
 * Only published articles get one, in slug order so the list is the same on every machine.
 */
export function cardJobs(root: string, articles: readonly CheckedArticle[], issues: readonly CheckedIssue[]): CardJob[] {
  // An article names its issue by title; the card shows the title as the issues file writes it.
  const titles = new Map(issues.map((issue) => [issue.id, issue.data.title]));
  return articles
    .filter((article) => article.state === 'published')
    .map((article) => ({
      slug: article.slug,
      card: socialCardFor({
        ...article.data,
        issueTitle: titles.get(issueId(article.data.issue)) ?? article.data.issue,
        coverFile: coverPath(root, article.file, article.data.cover),
      }),
    }))
    .sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}
