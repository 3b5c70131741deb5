import { toIsoString, type PublishedDate } from './published-date.ts';

/** What readers get of an article: published now, a draft (never built), or scheduled for a later date. */
export type PublicationState = 'published' | 'draft' | 'scheduled';

/** A day as `YYYY-MM-DD` in the build machine's time zone, as editors read their own calendars. */
export function localDay(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The first day an article may appear: its day, or the first of its month when only the month is known. */
export function firstPublicDay(published: PublishedDate): string {
  const iso = toIsoString(published);
  return iso.length === 7 ? `${iso}-01` : iso;
}

/**
 * A draft stays a draft whatever its date; otherwise a date after `today`
 * (`YYYY-MM-DD`) schedules the article, as Hugo does by default.
 */
export function publicationState(data: { draft: boolean; published: PublishedDate }, today: string): PublicationState {
  if (data.draft) return 'draft';
  return firstPublicDay(data.published) > today ? 'scheduled' : 'published';
}
