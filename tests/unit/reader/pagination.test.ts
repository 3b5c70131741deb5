import { describe, expect, it } from 'vitest';
import { pagePath, paginate, paginationItems } from '../../../src/lib/reader/pagination.ts';

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('paginate', () => {
  it('splits into full pages and a last partial one, in order', () => {
    const pages = paginate(range(45), 20);
    expect(pages.map((p) => [p.number, p.count, p.items.length])).toEqual([[1, 3, 20], [2, 3, 20], [3, 3, 5]]);
    expect(pages.flatMap((p) => p.items)).toEqual(range(45));
  });

  it('has exactly one page for an exact multiple and for an empty list', () => {
    expect(paginate(range(40), 20)).toHaveLength(2);
    expect(paginate([], 20)).toEqual([{ number: 1, count: 1, items: [] }]);
  });

  it('refuses a page size that is not a positive integer', () => {
    expect(() => paginate(range(3), 0)).toThrow(RangeError);
    expect(() => paginate(range(3), 2.5)).toThrow(RangeError);
  });
});

describe('pagePath', () => {
  it('puts page 1 at the front page and the rest under /page/N/', () => {
    expect([pagePath(1), pagePath(2), pagePath(10)]).toEqual(['/', '/page/2/', '/page/10/']);
  });

  it('refuses page 0', () => {
    expect(() => pagePath(0)).toThrow(RangeError);
  });
});

describe('paginationItems', () => {
  const show = (current: number, count: number) =>
    paginationItems(current, count).map((item) => (item.kind === 'gap' ? '…' : item.current ? `[${item.number}]` : String(item.number))).join(' ');

  it('lists every page when there are few', () => {
    expect(show(1, 1)).toBe('[1]');
    expect(show(2, 3)).toBe('1 [2] 3');
  });

  it('keeps first, last and a window around the current page', () => {
    expect(show(6, 50)).toBe('1 … 4 5 [6] 7 8 … 50');
    expect(show(1, 50)).toBe('[1] 2 3 … 50');
    expect(show(50, 50)).toBe('1 … 48 49 [50]');
  });

  it('shows a lone missing page instead of an ellipsis', () => {
    expect(show(4, 7)).toBe('1 2 3 [4] 5 6 7');
    expect(show(5, 9)).toBe('1 2 3 4 [5] 6 7 8 9');
  });

  it('marks exactly one page current', () => {
    for (const current of range(12)) {
      expect(paginationItems(current, 12).filter((item) => item.kind === 'page' && item.current)).toHaveLength(1);
    }
  });
});
