import { describe, expect, it } from 'vitest';
import { ISSUE_DESCRIPTION_MAX_LENGTH, ISSUE_FIELDS, issueSchema } from '../../../src/lib/content/issue-schema.ts';

const valid = { number: 2, title: 'Второй выпуск', month: '2025-04' };
const messages = (data: unknown) => {
  const result = issueSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('issueSchema, each message in full', () => {
  it('reads a valid issue, the month as a month', () => {
    expect(issueSchema.parse({ ...valid, description: ' О доверии. ', cover: './a.jpg', coverAlt: 'Кот' })).toEqual({
      number: 2, title: 'Второй выпуск', month: { year: 2025, month: 4 }, description: 'О доверии.', cover: './a.jpg', coverAlt: 'Кот',
    });
    expect(ISSUE_FIELDS).toEqual(['number', 'title', 'month', 'description', 'cover', 'coverAlt']);
    expect(ISSUE_DESCRIPTION_MAX_LENGTH).toBe(400);
  });

  it('says what is wrong with the month', () => {
    expect(messages({ ...valid, month: undefined })).toEqual(['month: обязательное поле month не заполнено; формат: ГГГГ-ММ, например 2025-04']);
    expect(messages({ ...valid, month: 202504 })).toEqual(['month: month должно быть месяцем в виде ГГГГ-ММ, например 2025-04']);
    expect(messages({ ...valid, month: 'май' })).toEqual(['month: «май» — не дата; ожидается ГГГГ-ММ, например 2025-04']);
    expect(messages({ ...valid, month: '2025-04-15' })).toEqual(['month: month — это месяц выпуска без дня: ГГГГ-ММ, например 2025-04']);
    expect(messages({ ...valid, month: new Date(Date.UTC(2025, 3, 15)) })).toEqual(['month: month — это месяц выпуска без дня: ГГГГ-ММ, например 2025-04']);
  });

  it('says what is wrong with the number', () => {
    expect(messages({ ...valid, number: undefined })).toEqual(['number: обязательное поле number не заполнено: номер выпуска']);
    expect(messages({ ...valid, number: '2' })).toEqual(['number: number должно быть числом без кавычек: номер выпуска']);
    expect(messages({ ...valid, number: 1.5 })).toEqual(['number: number должно быть целым числом']);
    expect(messages({ ...valid, number: 0 })).toEqual(['number: number начинается с 1']);
  });

  it('says what is wrong with the description, cover and cover text', () => {
    expect(messages({ ...valid, description: 'я'.repeat(401) })).toEqual(['description: description длиннее 400 знаков (401): сократите']);
    expect(messages({ ...valid, description: '  ' })).toEqual(['description: description: пустая строка']);
    expect(messages({ ...valid, cover: 5, coverAlt: 'Кот' })).toEqual(['cover: cover должно быть текстом, а здесь число; возьмите значение в кавычки']);
    expect(messages({ ...valid, cover: './a.jpg', coverAlt: 5 })).toEqual(['coverAlt: coverAlt должно быть текстом, а здесь число; возьмите значение в кавычки']);
  });

  it('names an unknown field with the known ones, and says nothing of the kind for an entry that is not fields', () => {
    expect(messages({ ...valid, tittle: 'x' })).toEqual([': неизвестное поле tittle — опечатка? Допустимые поля: number, title, month, description, cover, coverAlt']);
    expect(messages('Второй выпуск').join()).not.toContain('неизвестное поле');
  });
});
