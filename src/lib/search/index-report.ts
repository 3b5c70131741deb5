import { pluralRu } from '../reader/plural-ru.ts';

export interface SearchIndexReport {
  pages: number;
  bytes: number;
  seconds: number;
}

const ARTICLE_FORMS = ['статья', 'статьи', 'статей'] as const;

/** The build's line about the index, «индекс поиска: 3 статьи, 41 КБ, 0.42 с», which `npm run bench` reads back. */
export function searchIndexLogLine({ pages, bytes, seconds }: SearchIndexReport): string {
  return `индекс поиска: ${pages} ${pluralRu(pages, ARTICLE_FORMS)}, ${Math.round(bytes / 1024)} КБ, ${seconds.toFixed(2)} с`;
}

/** The figures of that line in a build log, or undefined when the log has none. */
export function parseSearchIndexLogLine(log: string): SearchIndexReport | undefined {
  const match = /индекс поиска: (\d+) \S+, (\d+) КБ, ([\d.]+) с/.exec(log);
  if (!match) return undefined;
  return { pages: Number(match[1]), bytes: Number(match[2]) * 1024, seconds: Number(match[3]) };
}
