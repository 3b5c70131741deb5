import { ui } from '../../ui-strings.ts';
import { siteConfig } from '../../site.config.ts';
import { pluralRu, type PluralForms } from './plural-ru.ts';
import { countWords, mdxToReadableText, readingMinutes } from './reading-time.ts';
import { formatPublishedDate, type PublishedDate } from '../content/published-date.ts';

const months = { nominative: ui.monthsNominative, genitive: ui.monthsGenitive };

// An article is listed on several pages (front page, its issue, its author, the archive): counted once per build.
// The bodies are the content store's own strings; the bound keeps a long dev session's edits from piling up.
const readingTimeByBody = new Map<string, string>();
const READING_TIME_MEMO_LIMIT = 20_000;

/** «7 минут чтения» for an MDX source; the number never ends a line apart from its word. */
export function readingTimeLabel(body: string): string {
  let label = readingTimeByBody.get(body);
  if (label === undefined) {
    const minutes = readingMinutes(countWords(mdxToReadableText(body)), siteConfig.wordsPerMinute);
    label = `${minutes}\u00a0${pluralRu(minutes, ui.minuteForms)} ${ui.readingTimeSuffix}`;
    if (readingTimeByBody.size >= READING_TIME_MEMO_LIMIT) readingTimeByBody.clear();
    readingTimeByBody.set(body, label);
  }
  return label;
}

/** «апрель 2025», «15 апреля 2025»: never split across lines («27 / ноября 2026» read as two facts). */
export function publishedLabel(date: PublishedDate): string {
  return formatPublishedDate(date, months).replace(/ /g, '\u00a0');
}

/** «3 статьи», «21 выпуск»: the number and its word kept on one line. */
export function countLabel(count: number, forms: PluralForms): string {
  return `${count}\u00a0${pluralRu(count, forms)}`;
}
