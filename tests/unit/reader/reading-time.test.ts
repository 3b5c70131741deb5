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

describe('mdxToReadableText, exactly', () => {
  it.each([
    ['an import or export line', "import A from './a.astro';\nТекст\nexport const x = 1;", ' \nТекст\n '],
    ['a word that only starts like an import', 'important words', 'important words'],
    ['an import inside a line', 'Текст import x', 'Текст import x'],
    ['a fenced code block, whole', 'До\n```js\nconst a = 1;\n```\nПосле', 'До\n \nПосле'],
    ['each of two code blocks on its own', '```\na\n```\nслово\n```\nb\n```', ' \nслово\n '],
    ['JSX tags, keeping what they wrap', '<Aside title="x">Внутри</Aside>', ' Внутри '],
    ['an expression', 'a{1 + 1}b', 'a b'],
    ['a link target, keeping the link text', '[текст](https://e.org/a)', ' текст '],
    ['Markdown marks', '## *a* _b_ `c` > d', '    a   b   c    d'],
  ])('replaces %s with spaces, so words on either side stay apart', (_name, source, expected) => {
    expect(mdxToReadableText(source)).toBe(expected);
  });
});

describe('readingMinutes', () => {
  it('rounds up and never says zero', () => {
    expect(readingMinutes(0, 180)).toBe(1);
    expect(readingMinutes(180, 180)).toBe(1);
    expect(readingMinutes(181, 180)).toBe(2);
  });

  it('refuses a speed that is not positive, saying what it got', () => {
    expect(() => readingMinutes(10, 0)).toThrow(new RangeError('wordsPerMinute must be positive, got 0'));
    expect(() => readingMinutes(10, -5)).toThrow(RangeError);
    expect(() => readingMinutes(10, Number.NaN)).toThrow(RangeError);
  });
});
