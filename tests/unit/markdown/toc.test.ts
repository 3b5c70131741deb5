import { describe, expect, it } from 'vitest';
import { buildToc, flattenToc, type Heading } from '../../../src/lib/markdown/toc.ts';

const h = (depth: number, text: string, slug = text.toLowerCase()): Heading => ({ depth, text, slug });

describe('buildToc', () => {
  it('nests h3 under the preceding h2', () => {
    expect(buildToc([h(2, 'A'), h(3, 'A1'), h(3, 'A2'), h(2, 'B')])).toEqual([
      { slug: 'a', text: 'A', children: [{ slug: 'a1', text: 'A1', children: [] }, { slug: 'a2', text: 'A2', children: [] }] },
      { slug: 'b', text: 'B', children: [] },
    ]);
  });

  it('leaves out the page title and levels deeper than h3', () => {
    expect(flattenToc(buildToc([h(1, 'Title'), h(2, 'A'), h(4, 'Deep'), h(3, 'A1')]))).toEqual(['a', 'a1']);
  });

  it('keeps an h3 that comes before any h2 at the top level', () => {
    expect(buildToc([h(3, 'Intro'), h(2, 'A')]).map((item) => item.slug)).toEqual(['intro', 'a']);
  });

  it('keeps headings whose texts repeat, by their distinct slugs', () => {
    const toc = buildToc([h(2, 'Итоги', 'itogi'), h(2, 'Итоги', 'itogi-2')]);
    expect(toc.map((item) => [item.text, item.slug])).toEqual([['Итоги', 'itogi'], ['Итоги', 'itogi-2']]);
  });

  it('drops a second link to the same id', () => {
    expect(flattenToc(buildToc([h(2, 'A', 'x'), h(2, 'B', 'x')]))).toEqual(['x']);
  });

  it('honours a custom depth range', () => {
    expect(flattenToc(buildToc([h(2, 'A'), h(3, 'B'), h(4, 'C')], { maxDepth: 4 }))).toEqual(['a', 'b', 'c']);
  });

  it('returns nothing for an article without headings', () => {
    expect(buildToc([])).toEqual([]);
  });

  it('trims heading text', () => {
    expect(buildToc([h(2, '  A  ', 'a')])[0]?.text).toBe('A');
  });
});
