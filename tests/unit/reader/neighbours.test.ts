import { describe, expect, it } from 'vitest';
import { neighbours } from '../../../src/lib/reader/neighbours.ts';

// Newest first, as the front page lists them.
const list = [
  { id: 'c3', data: { issue: 'Третий' } },
  { id: 'b2', data: { issue: 'Второй' } },
  { id: 'c2', data: { issue: 'Третий' } },
  { id: 'c1', data: { issue: 'Третий' } },
  { id: 'a1', data: { issue: 'Первый' } },
];
const ids = (result: ReturnType<typeof neighbours<(typeof list)[number]>>) => [result.previous?.id, result.next?.id];

describe('neighbours', () => {
  it('offers the older and newer article of the same issue', () => {
    expect(ids(neighbours(list, 'c2'))).toEqual(['c1', 'c3']);
    expect(ids(neighbours(list, 'c3'))).toEqual(['c2', undefined]);
    expect(ids(neighbours(list, 'c1'))).toEqual([undefined, 'c2']);
  });

  it('falls back to the whole magazine for an issue of one article', () => {
    expect(ids(neighbours(list, 'b2'))).toEqual(['c2', 'c3']);
    expect(ids(neighbours(list, 'a1'))).toEqual([undefined, 'c1']);
  });

  it('offers nothing for a lone article or an unknown id', () => {
    expect(ids(neighbours([list[0]!], 'c3'))).toEqual([undefined, undefined]);
    expect(ids(neighbours(list, 'nope'))).toEqual([undefined, undefined]);
  });
});
