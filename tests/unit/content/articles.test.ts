import { describe, expect, it } from 'vitest';
import { visibleArticles } from '../../../src/lib/content/articles.ts';

const entry = (id: string, published: { year: number; month: number; day?: number }, draft = false) => ({ id, data: { published, draft } });

describe('visibleArticles', () => {
  const entries = [
    entry('old', { year: 2024, month: 1 }),
    entry('draft', { year: 2026, month: 1 }, true),
    entry('b', { year: 2025, month: 4 }),
    entry('a', { year: 2025, month: 4 }),
  ];

  it('leaves drafts out of a build and sorts newest first, ties by id', () => {
    expect(visibleArticles(entries, { includeDrafts: false }).map((e) => e.id)).toEqual(['a', 'b', 'old']);
  });

  it('shows drafts while previewing', () => {
    expect(visibleArticles(entries, { includeDrafts: true }).map((e) => e.id)).toEqual(['draft', 'a', 'b', 'old']);
  });

  it('does not reorder the caller’s array', () => {
    const copy = [...entries];
    visibleArticles(entries, { includeDrafts: false });
    expect(entries).toEqual(copy);
  });
});
