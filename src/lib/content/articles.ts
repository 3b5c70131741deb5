import { compareNewestFirst, type PublishedDate } from './published-date.ts';
import { publicationState, type PublicationState } from './publication.ts';

interface Dated {
  id: string;
  data: { published: PublishedDate; draft: boolean };
}

export interface VisibilityOptions {
  /** `YYYY-MM-DD`: articles dated later are scheduled. */
  today: string;
  /** Show drafts and scheduled articles too (dev preview). */
  preview: boolean;
}

/** Code-point order: the same on every machine, whatever its locale. */
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Articles a reader may see: drafts and scheduled ones only in preview (dev), newest first, ties by id. */
export function visibleArticles<T extends Dated>(entries: readonly T[], { today, preview }: VisibilityOptions): T[] {
  return entries
    .filter((entry) => preview || publicationState(entry.data, today) === 'published')
    .sort((a, b) => compareNewestFirst(a.data.published, b.data.published) || byCodePoint(a.id, b.id));
}

/** The mark a previewed article carries: «Черновик», «Запланировано» or none. */
export function previewState(data: Dated['data'], today: string): Exclude<PublicationState, 'published'> | undefined {
  const state = publicationState(data, today);
  return state === 'published' ? undefined : state;
}
