import { describe, expect, it } from 'vitest';
import { countWords, mdxToReadableText, readingMinutes } from '../../../src/lib/reader/reading-time.ts';

describe('countWords', () => {
  it('counts Russian words, a hyphenated word once, dashes not at all', () => {
    expect(countWords('Что-то пошло не так — снова.')).toBe(5);
  });

  it('counts nothing in an empty text', () => {
    expect(countWords('')).toBe(0);
  });
});

describe('mdxToReadableText', () => {
  it('drops imports, tags, expressions and link targets but keeps the link text', () => {
    const text = mdxToReadableText("import Aside from '../../x.astro';\n\n## Заголовок\n\n<Aside>Внутри</Aside> {1 + 1} [ссылка](https://example.org/a-b-c)");
    expect(countWords(text)).toBe(3);
  });
});

describe('readingMinutes', () => {
  it('rounds up and never says zero', () => {
    expect(readingMinutes(0, 180)).toBe(1);
    expect(readingMinutes(180, 180)).toBe(1);
    expect(readingMinutes(181, 180)).toBe(2);
  });

  it('refuses a non-positive speed', () => {
    expect(() => readingMinutes(10, 0)).toThrow(RangeError);
  });
});
