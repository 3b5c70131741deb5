import { describe, expect, it } from 'vitest';
import { previewState, visibleArticles } from '../../../src/lib/content/articles.ts';

const entry = (id: string, published: { year: number; month: number; day?: number }, draft = false) => ({ id, data: { published, draft } });
const TODAY = '2025-06-15';

describe('visibleArticles', () => {
  const entries = [
    entry('old', { year: 2024, month: 1 }),
    entry('draft', { year: 2025, month: 1 }, true),
    entry('b', { year: 2025, month: 4 }),
    entry('a', { year: 2025, month: 4 }),
    entry('tomorrow', { year: 2025, month: 6, day: 16 }),
    entry('today', { year: 2025, month: 6, day: 15 }),
    entry('this-month', { year: 2025, month: 6 }),
    entry('next-month', { year: 2025, month: 7 }),
  ];

  it('leaves drafts and scheduled articles out of a build and sorts newest first, ties by id', () => {
    expect(visibleArticles(entries, { today: TODAY, preview: false }).map((e) => e.id)).toEqual(['today', 'this-month', 'a', 'b', 'old']);
  });

  it('shows drafts and scheduled articles while previewing', () => {
    expect(visibleArticles(entries, { today: TODAY, preview: true }).map((e) => e.id)).toEqual([
      'next-month', 'tomorrow', 'today', 'this-month', 'a', 'b', 'draft', 'old',
    ]);
  });

  it('orders ties by code point, not by the machine locale (å after z in Danish, before it here)', () => {
    const ties = [entry('z', { year: 2025, month: 4 }), entry('å', { year: 2025, month: 4 }), entry('aa', { year: 2025, month: 4 })];
    expect(visibleArticles(ties, { today: TODAY, preview: false }).map((e) => e.id)).toEqual(['aa', 'z', 'å']);
  });

  it('does not reorder the caller’s array', () => {
    const copy = [...entries];
    visibleArticles(entries, { today: TODAY, preview: false });
    expect(entries).toEqual(copy);
  });
});

describe('previewState', () => {
  it('marks drafts and scheduled articles, and nothing else', () => {
    expect(previewState({ published: { year: 2030, month: 1 }, draft: true }, TODAY)).toBe('draft');
    expect(previewState({ published: { year: 2025, month: 6, day: 16 }, draft: false }, TODAY)).toBe('scheduled');
    expect(previewState({ published: { year: 2025, month: 6, day: 15 }, draft: false }, TODAY)).toBeUndefined();
  });
});
