import { describe, expect, it } from 'vitest';
import { ARTICLES_PER_PAGE, pagePath, paginate, paginationItems } from '../../../src/lib/reader/pagination.ts';

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

  it('puts 20 articles on a page unless told otherwise', () => {
    expect(ARTICLES_PER_PAGE).toBe(20);
    expect(paginate(range(41)).map((p) => p.items.length)).toEqual([20, 20, 1]);
  });

  it('accepts one article per page', () => {
    expect(paginate(range(2), 1).map((p) => p.items)).toEqual([[1], [2]]);
  });

  it.each([0, -1, 2.5, Number.NaN])('refuses the page size %s, saying what it got', (perPage) => {
    expect(() => paginate(range(3), perPage)).toThrow(new RangeError(`perPage must be a positive integer, got ${perPage}`));
  });
});

describe('pagePath', () => {
  it('puts page 1 at the front page and the rest under /page/N/', () => {
    expect([pagePath(1), pagePath(2), pagePath(10)]).toEqual(['/', '/page/2/', '/page/10/']);
  });

  it.each([0, -2, 1.5])('refuses page %s, saying what it got', (number) => {
    expect(() => pagePath(number)).toThrow(new RangeError(`page number must be a positive integer, got ${number}`));
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

  it('lists pages and gaps as items a template can render', () => {
    expect(paginationItems(4, 9)).toEqual([
      { kind: 'page', number: 1, current: false },
      { kind: 'page', number: 2, current: false },
      { kind: 'page', number: 3, current: false },
      { kind: 'page', number: 4, current: true },
      { kind: 'page', number: 5, current: false },
      { kind: 'page', number: 6, current: false },
      { kind: 'gap' },
      { kind: 'page', number: 9, current: false },
    ]);
  });

  it('lists a lone missing page as a page item, not a gap', () => {
    expect(paginationItems(5, 9).slice(0, 3)).toEqual([
      { kind: 'page', number: 1, current: false },
      { kind: 'page', number: 2, current: false },
      { kind: 'page', number: 3, current: false },
    ]);
  });

  it('takes a custom window', () => {
    expect(paginationItems(10, 20, 1).map((item) => (item.kind === 'gap' ? '…' : item.number))).toEqual([1, '…', 9, 10, 11, '…', 20]);
  });

  it('marks exactly one page current', () => {
    for (const current of range(12)) {
      expect(paginationItems(current, 12).filter((item) => item.kind === 'page' && item.current)).toHaveLength(1);
    }
  });
});
