import { describe, expect, it } from 'vitest';
import { countLabel, publishedLabel, readingTimeLabel } from '../../../src/lib/reader/article-meta.ts';

const words = (n: number) => Array.from({ length: n }, () => 'слово').join(' ');

describe('readingTimeLabel', () => {
  it.each([
    [1, '1\u00a0минута чтения'],
    [180, '1\u00a0минута чтения'],
    [181, '2\u00a0минуты чтения'],
    [4 * 180 + 1, '5\u00a0минут чтения'],
    [10 * 180 + 1, '11\u00a0минут чтения'],
    [20 * 180 + 1, '21\u00a0минута чтения'],
    [21 * 180 + 1, '22\u00a0минуты чтения'],
  ])('%i words read at 180 a minute: %j', (count, expected) => {
    expect(readingTimeLabel(words(count))).toBe(expected);
  });

  it('says one minute for an empty article', () => {
    expect(readingTimeLabel('')).toBe('1\u00a0минута чтения');
  });

  it('counts only what a reader reads, not imports, tags or link targets', () => {
    const body = `import Aside from '../x.astro';\n\n<Aside title="x">${words(180)}</Aside> [${'текст'}](https://example.org/${'a-'.repeat(200)})\n`;
    expect(readingTimeLabel(body)).toBe('2\u00a0минуты чтения');
  });
});

describe('publishedLabel', () => {
  it('names the month alone when the day is unknown', () => {
    expect(publishedLabel({ year: 2025, month: 4 })).toBe('апрель\u00a02025');
  });

  it('puts the month in the genitive after a day', () => {
    expect(publishedLabel({ year: 2025, month: 4, day: 15 })).toBe('15\u00a0апреля\u00a02025');
    expect(publishedLabel({ year: 2024, month: 12, day: 1 })).toBe('1\u00a0декабря\u00a02024');
  });
});

describe('countLabel', () => {
  const articles = ['статья', 'статьи', 'статей'] as const;

  it('takes the Russian plural form for the number, the number and its word on one line', () => {
    expect([1, 2, 4, 5, 11, 12, 21, 22, 25, 101, 111].map((n) => countLabel(n, articles))).toEqual([
      '1\u00a0статья', '2\u00a0статьи', '4\u00a0статьи', '5\u00a0статей', '11\u00a0статей', '12\u00a0статей',
      '21\u00a0статья', '22\u00a0статьи', '25\u00a0статей', '101\u00a0статья', '111\u00a0статей',
    ]);
  });
});
