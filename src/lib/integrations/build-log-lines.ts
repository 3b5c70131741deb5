import { pluralRu, type PluralForms } from '../reader/plural-ru.ts';

// The build's own lines, in Russian like its messages about content/, each with the reader
// `npm run bench` and the tests use, so the two cannot drift apart.

const CARD_FORMS: PluralForms = ['карточка', 'карточки', 'карточек'];
const TEXT_FORMS: PluralForms = ['текст', 'текста', 'текстов'];
/** After «из»: из 1 статьи, из 2 статей, из 5 статей. */
const FROM_ARTICLES_FORMS: PluralForms = ['статьи', 'статей', 'статей'];

/** «в og/ 12 карточек для соцсетей (процесс рисования ждали 1530 мс)». */
export function cardsLogLine(count: number, waitedMs: number): string {
  return `в og/ ${count} ${pluralRu(count, CARD_FORMS)} для соцсетей (процесс рисования ждали ${Math.round(waitedMs)} мс)`;
}

/** How long the build waited at its end for the card process, in seconds; 0 if the log does not say. */
export function parseCardWait(log: string): number {
  const match = /для соцсетей \(процесс рисования ждали (\d+) мс\)/.exec(log);
  return match ? Number(match[1]) / 1000 : 0;
}

/** «набрано до компиляции: 28001 текст из 1000 статей», the typesetting helper's share. */
export function typesetAheadLogLine(texts: number, articles: number): string {
  return `набрано до компиляции: ${texts} ${pluralRu(texts, TEXT_FORMS)} из ${articles} ${pluralRu(articles, FROM_ARTICLES_FORMS)}`;
}

/** The figures of that line, or undefined when the log has none. */
export function parseTypesetAheadLogLine(log: string): { texts: number; articles: number } | undefined {
  const match = /набрано до компиляции: (\d+) \S+ из (\d+) \S+/.exec(log);
  return match ? { texts: Number(match[1]), articles: Number(match[2]) } : undefined;
}

/** «с прошлой сборки ничего не изменилось: dist оставлен как есть (проверено файлов: 42)». */
export function upToDateLogLine(outDir: string, files: number): string {
  return `с прошлой сборки ничего не изменилось: ${outDir} оставлен как есть (проверено файлов: ${files})`;
}

/** True when the build stopped at once because nothing had changed. */
export function saysUpToDate(log: string): boolean {
  return log.includes('с прошлой сборки ничего не изменилось:');
}
