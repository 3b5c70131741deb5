/**
 * A publication date that may be known only to the month («апрель 2025»).
 * Editors write `2025-04` or `2025-04-15`; YAML turns the latter into a Date.
 */
export interface PublishedDate {
  year: number;
  month: number; // 1–12
  day?: number;
}

export const PUBLISHED_DATE_FORMAT = 'ГГГГ-ММ или ГГГГ-ММ-ДД, например 2025-04 или 2025-04-15';

const PATTERN = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

export type ParseResult = { ok: true; date: PublishedDate } | { ok: false; error: string };

export function parsePublishedDate(value: unknown): ParseResult {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { ok: false, error: `недопустимая дата; ожидается ${PUBLISHED_DATE_FORMAT}` };
    return { ok: true, date: { year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate() } };
  }
  if (typeof value !== 'string') {
    return { ok: false, error: `ожидается дата в виде ${PUBLISHED_DATE_FORMAT}` };
  }
  const match = PATTERN.exec(value.trim());
  if (!match) return { ok: false, error: `«${value}» — не дата; ожидается ${PUBLISHED_DATE_FORMAT}` };
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month < 1 || month > 12) return { ok: false, error: `в «${value}» нет месяца ${month}; ожидается ${PUBLISHED_DATE_FORMAT}` };
  if (day !== undefined && (day < 1 || day > daysInMonth(year, month))) {
    return { ok: false, error: `в «${value}» нет дня ${day}: в этом месяце ${daysInMonth(year, month)} дней` };
  }
  return { ok: true, date: day === undefined ? { year, month } : { year, month, day } };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number) => String(n).padStart(2, '0');

/** ISO 8601 at the precision that is known: `2025-04` or `2025-04-15`. */
export function toIsoString(date: PublishedDate): string {
  const yearMonth = `${date.year}-${pad(date.month)}`;
  return date.day === undefined ? yearMonth : `${yearMonth}-${pad(date.day)}`;
}

/** A point in time for sorting and for formats that need a full date: the first of the month when the day is unknown. */
export function toUtcDate(date: PublishedDate): Date {
  return new Date(Date.UTC(date.year, date.month - 1, date.day ?? 1));
}

export interface MonthNames {
  nominative: readonly string[];
  genitive: readonly string[];
}

/** «апрель 2025» when only the month is known, «15 апреля 2025» otherwise. */
export function formatPublishedDate(date: PublishedDate, months: MonthNames): string {
  return date.day === undefined
    ? `${months.nominative[date.month - 1]} ${date.year}`
    : `${date.day} ${months.genitive[date.month - 1]} ${date.year}`;
}

/** Newest first; for equal dates the order is kept stable by the caller's tie-breaker. */
export function compareNewestFirst(a: PublishedDate, b: PublishedDate): number {
  return toUtcDate(b).getTime() - toUtcDate(a).getTime();
}
