import { describe, expect, it } from 'vitest';
import { compareNewestFirst, formatPublishedDate, parsePublishedDate, toIsoString, toUtcDate } from '../../../src/lib/content/published-date.ts';
import { ui } from '../../../src/ui-strings.ts';

const months = { nominative: ui.monthsNominative, genitive: ui.monthsGenitive };

describe('parsePublishedDate', () => {
  it('keeps a month-only date without inventing a day', () => {
    expect(parsePublishedDate('2025-04')).toEqual({ ok: true, date: { year: 2025, month: 4 } });
  });

  it('reads a full date string and a YAML Date', () => {
    expect(parsePublishedDate('2025-04-15')).toEqual({ ok: true, date: { year: 2025, month: 4, day: 15 } });
    expect(parsePublishedDate(new Date('2025-04-15'))).toEqual({ ok: true, date: { year: 2025, month: 4, day: 15 } });
  });

  it.each([
    ['2025-13', 'нет месяца 13'],
    ['2025-02-30', 'нет дня 30'],
    ['2025-04-00', 'нет дня 0'],
    ['2025-00', 'нет месяца 0'],
    ['апрель 2025', 'не дата'],
    ['2025/04/01', 'не дата'],
  ])('rejects %s saying what is wrong and what is expected', (value, problem) => {
    const result = parsePublishedDate(value);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toContain(problem);
      expect(result.error).toMatch(/2025-04|дней/);
    }
  });

  it('rejects a number and an invalid Date', () => {
    expect(parsePublishedDate(2025).ok).toBe(false);
    expect(parsePublishedDate(new Date('nope')).ok).toBe(false);
  });

  it('accepts 29 February only in a leap year', () => {
    expect(parsePublishedDate('2024-02-29').ok).toBe(true);
    expect(parsePublishedDate('2025-02-29').ok).toBe(false);
  });
});

describe('formatting', () => {
  it('shows «апрель 2025» for a month-only date', () => {
    expect(formatPublishedDate({ year: 2025, month: 4 }, months)).toBe('апрель 2025');
  });

  it('shows the genitive month with a day', () => {
    expect(formatPublishedDate({ year: 2025, month: 4, day: 15 }, months)).toBe('15 апреля 2025');
  });

  it('writes ISO at the known precision', () => {
    expect(toIsoString({ year: 2025, month: 4 })).toBe('2025-04');
    expect(toIsoString({ year: 2025, month: 4, day: 5 })).toBe('2025-04-05');
  });

  it('uses the first of the month as the point in time', () => {
    expect(toUtcDate({ year: 2025, month: 4 }).toISOString()).toBe('2025-04-01T00:00:00.000Z');
  });

  it('sorts newest first', () => {
    const dates = [{ year: 2024, month: 12 }, { year: 2025, month: 4, day: 2 }, { year: 2025, month: 4 }];
    expect(dates.sort(compareNewestFirst).map(toIsoString)).toEqual(['2025-04-02', '2025-04', '2024-12']);
  });
});
