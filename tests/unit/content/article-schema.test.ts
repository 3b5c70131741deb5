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
