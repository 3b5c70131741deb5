import { describe, expect, it } from 'vitest';
import { firstPublicDay, localDay, publicationState } from '../../../src/lib/content/publication.ts';

describe('publicationState', () => {
  const at = (published: { year: number; month: number; day?: number }, draft = false) => publicationState({ published, draft }, '2025-06-15');

  it('publishes an article dated today or earlier', () => {
    expect(at({ year: 2025, month: 6, day: 15 })).toBe('published');
    expect(at({ year: 2024, month: 12, day: 31 })).toBe('published');
  });

  it('publishes a month-only date from the first of that month', () => {
    expect(at({ year: 2025, month: 6 })).toBe('published');
    expect(at({ year: 2025, month: 7 })).toBe('scheduled');
  });

  it('schedules a later day', () => {
    expect(at({ year: 2025, month: 6, day: 16 })).toBe('scheduled');
    expect(at({ year: 2030, month: 1, day: 1 })).toBe('scheduled');
  });

  it('keeps a draft a draft whatever its date', () => {
    expect(at({ year: 2020, month: 1 }, true)).toBe('draft');
    expect(at({ year: 2030, month: 1 }, true)).toBe('draft');
  });
});

describe('firstPublicDay and localDay', () => {
  it('give full days', () => {
    expect(firstPublicDay({ year: 2030, month: 1 })).toBe('2030-01-01');
    expect(firstPublicDay({ year: 2030, month: 2, day: 9 })).toBe('2030-02-09');
    expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
