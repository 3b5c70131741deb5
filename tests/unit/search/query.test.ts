import { describe, expect, it } from 'vitest';
import { foldWord, MAX_QUERY_LENGTH, normaliseQuery, pagefindTerm, queryWords } from '../../../src/lib/search/query.ts';

describe('normaliseQuery', () => {
  it('trims and joins spaces of any kind into one', () => {
    expect(normaliseQuery('  доверие \t\n  босса ')).toBe('доверие босса');
    expect(normaliseQuery('доверие\u00a0босса')).toBe('доверие босса');
  });

  it('gives an empty query for nothing', () => {
    expect(normaliseQuery(null)).toBe('');
    expect(normaliseQuery(undefined)).toBe('');
    expect(normaliseQuery('   ')).toBe('');
  });

  it(`keeps at most ${MAX_QUERY_LENGTH} characters`, () => {
    expect(normaliseQuery('я'.repeat(500))).toHaveLength(MAX_QUERY_LENGTH);
  });
});

describe('query words', () => {
  it('are letters and digits, lower case, ё read as е', () => {
    expect(queryWords('«Надёжный» босс, 2025!')).toEqual(['надежный', 'босс', '2025']);
    expect(foldWord('ЁЛКА')).toBe('елка');
  });
});

describe('pagefindTerm', () => {
  it('ends adjectives in the dictionary form before -ый, -ий, -ой, so every form of the word is found', () => {
    expect(pagefindTerm('надежный')).toBe('надежн');
    expect(pagefindTerm('Надёжный сотрудник')).toBe('Надёжн сотрудник');
    expect(pagefindTerm('русский язык')).toBe('русск язык');
    expect(pagefindTerm('большой, новый!')).toBe('больш, нов!');
    expect(pagefindTerm('НОВЫЙ')).toBe('НОВ');
  });

  it('keeps short words, other endings and the letter й inside a word', () => {
    expect(pagefindTerm('мой свой злой')).toBe('мой свой злой');
    expect(pagefindTerm('музей чай война йогурт')).toBe('музей чай война йогурт');
    expect(pagefindTerm('доверия надежных')).toBe('доверия надежных');
  });

  it('leaves an exact phrase in quotes as typed', () => {
    expect(pagefindTerm('"надежный сотрудник"')).toBe('"надежный сотрудник"');
  });
});
