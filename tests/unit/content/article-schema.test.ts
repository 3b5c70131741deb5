import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../../src/lib/content/article-schema.ts';

const valid = {
  title: 'Заголовок',
  description: 'Одно предложение.',
  author: 'Anonim',
  publication: 'VA-11 HALL-A — НОВЕЛЛЬНЫЙ20!8',
  issue: 'Второй выпуск',
  published: '2025-04',
};

const messages = (input: unknown) => {
  const result = articleSchema.safeParse(input);
  return result.success ? '' : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n');
};

describe('articleSchema', () => {
  it('accepts a valid article and defaults draft to false', () => {
    const result = articleSchema.parse(valid);
    expect(result.draft).toBe(false);
    expect(result.published).toEqual({ year: 2025, month: 4 });
    expect(result.updated).toBeUndefined();
  });

  it('reads an optional updated date', () => {
    expect(articleSchema.parse({ ...valid, updated: new Date('2025-05-02') }).updated).toEqual({ year: 2025, month: 5, day: 2 });
  });

  it('rejects an unknown field such as a typo, listing the allowed ones', () => {
    expect(messages({ ...valid, titel: 'x' })).toMatch(/неизвестное поле titel — опечатка\? Допустимые поля: title, description/);
  });

  it('names a missing required field in Russian', () => {
    const { author: _author, ...rest } = valid;
    expect(messages(rest)).toBe('author: обязательное поле author не заполнено');
  });

  it('explains a number where text belongs', () => {
    expect(messages({ ...valid, title: 2025 })).toBe('title: title должно быть текстом, а здесь число; возьмите значение в кавычки');
  });

  it('explains a date or a list where text belongs', () => {
    expect(messages({ ...valid, title: new Date('2025-04-01') })).toContain('а здесь дата');
    expect(messages({ ...valid, author: ['A', 'B'] })).toContain('а здесь список');
  });

  it('rejects an empty title', () => {
    expect(messages({ ...valid, title: '  ' })).toBe('title: title: пустая строка');
  });

  it('explains a bad date with the expected form', () => {
    expect(messages({ ...valid, published: '15.04.2025' })).toContain('ГГГГ-ММ');
    expect(messages({ ...valid, published: 2025 })).toContain('published должно быть датой в виде ГГГГ-ММ');
  });

  it('rejects a draft flag that is not a boolean', () => {
    expect(messages({ ...valid, draft: 'yes' })).toBe('draft: draft должно быть true или false (без кавычек)');
  });
});

const issues = (input: unknown) => {
  const result = articleSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path.join('.'), code: issue.code, message: issue.message }));
};

describe('articleSchema, each message in full', () => {
  it('names a missing date with the form it takes', () => {
    const { published: _published, ...rest } = valid;
    expect(messages(rest)).toBe('published: обязательное поле published не заполнено; формат: ГГГГ-ММ или ГГГГ-ММ-ДД, например 2025-04 или 2025-04-15');
  });

  it('passes on what the date reader says about a date that does not exist, as a custom issue', () => {
    expect(issues({ ...valid, published: '2025-02-30' })).toEqual([
      { path: 'published', code: 'custom', message: 'в «2025-02-30» нет дня 30: в этом месяце 28 дней' },
    ]);
  });

  it.each([
    [true, 'true/false'],
    [null, 'пустое значение'],
    [{ name: 'Анна' }, 'вложенные поля'],
    [new Date('2025-04-01'), 'дата'],
    [['A', 'B'], 'список'],
    [7, 'число'],
  ])('says what YAML made of %j where text belongs', (value, what) => {
    expect(messages({ ...valid, author: value })).toBe(`author: author должно быть текстом, а здесь ${what}; возьмите значение в кавычки`);
  });

  it('lists every unknown field in one message, and only that', () => {
    expect(issues({ ...valid, titel: 'x', autor: 'y' })).toEqual([
      {
        path: '',
        code: 'unrecognized_keys',
        message: 'неизвестное поле titel, autor — опечатка? Допустимые поля: title, description, author, publication, issue, order, published, updated, cover, coverAlt, draft',
      },
    ]);
  });

  it('keeps zod’s own message for a wrong whole: not a set of fields at all', () => {
    expect(messages('title: x')).not.toContain('неизвестное поле');
  });

  it('limits the description to 200 characters, saying how long it is', () => {
    expect(messages({ ...valid, description: 'а'.repeat(200) })).toBe('');
    expect(messages({ ...valid, description: 'а'.repeat(201) })).toBe(
      'description: description длиннее 200 знаков (201): поиск и карточки обрежут его. Оставьте одно предложение',
    );
  });
});

describe('articleSchema on characters a feed cannot carry', () => {
  it.each([
    ['\u0007', 'U+0007'],
    ['\u007F', 'U+007F'],
    ['\u0085', 'U+0085'],
    ['\u009F', 'U+009F'],
    ['\uFFFE', 'U+FFFE'],
    ['\uFFFF', 'U+FFFF'],
    ['\uD83D', 'U+D83D'], // a high surrogate with no low one after it
    ['\uDE00', 'U+DE00'], // a low surrogate with no high one before it
  ])('stops %j with its code point and the ten characters before it', (char, code) => {
    expect(issues({ ...valid, title: `Очень длинный заголовок${char}и хвост` })).toEqual([
      { path: 'title', code: 'custom', message: `в поле title невидимый управляющий знак ${code} (после « заголовок»): удалите его — с ним лента RSS не читается` },
    ]);
  });

  it('quotes what stands before the character when that is short', () => {
    expect(messages({ ...valid, issue: 'ab\u0001' })).toBe('issue: в поле issue невидимый управляющий знак U+0001 (после «ab»): удалите его — с ним лента RSS не читается');
  });

  it('lets a whole surrogate pair (an emoji), tabs, newlines and ordinary punctuation through', () => {
    expect(messages({ ...valid, title: 'Итоги 😀\tгода\n\u00A0— «да»' })).toBe('');
    expect(messages({ ...valid, title: '😀' })).toBe('');
    expect(messages({ ...valid, title: 'a\uD83D\uDE00b' })).toBe('');
  });
});

describe('articleSchema describes each field for the editor (hints in the generated JSON schema)', () => {
  it('has one line of help per field', () => {
    expect(Object.fromEntries(Object.entries(articleSchema.shape).map(([name, field]) => [name, field.description]))).toEqual({
      title: 'Заголовок статьи, как в h1.',
      description: 'Одно предложение о статье: для главной, поиска и соцсетей.',
      author: 'Имя автора, как в подписи.',
      publication: 'Издание, в котором вышла статья.',
      issue: 'Выпуск: название из content/issues.yaml, например «Второй выпуск».',
      order: 'Место статьи в выпуске: 1 — первая. Без него статья идёт после пронумерованных, по дате.',
      cover: 'Обложка: картинка рядом со статьёй, например ./oblozhka.jpg.',
      coverAlt: 'Что на обложке, одной фразой — для тех, кто её не видит.',
      published: 'Дата публикации: 2025-04, если известен только месяц, или 2025-04-15.',
      updated: 'Дата обновления, если статью правили после выхода; показывается как «обновлено …».',
      draft: 'true — черновик: виден в npm run dev, в сборку не попадает.',
    });
  });
});
