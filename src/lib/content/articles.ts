import { compareNewestFirst, type PublishedDate } from './published-date.ts';

interface Dated {
  id: string;
  data: { published: PublishedDate; draft: boolean };
}

/** Articles a reader may see: drafts only where the caller allows them (dev), newest first, ties by id. */
export function visibleArticles<T extends Dated>(entries: readonly T[], { includeDrafts }: { includeDrafts: boolean }): T[] {
  return entries
    .filter((entry) => includeDrafts || !entry.data.draft)
    .sort((a, b) => compareNewestFirst(a.data.published, b.data.published) || a.id.localeCompare(b.id));
}
