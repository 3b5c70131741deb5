import { describe, expect, it } from 'vitest';
import { keepWordsWhole } from '../../../src/lib/reader/word-joins.ts';

describe('keepWordsWhole', () => {
  it('joins a word across a «!» or «?» inside it', () => {
    expect(keepWordsWhole('VA-11 HALL-A — НОВЕЛЛЬНЫЙ20!8')).toBe('VA-11 HALL-A — НОВЕЛЛЬНЫЙ20!\u20608');
    expect(keepWordsWhole('Yahoo!Japan и Что?Где?Когда')).toBe('Yahoo!\u2060Japan и Что?\u2060Где?\u2060Когда');
    expect(keepWordsWhole('Ого!!Ага')).toBe('Ого!!\u2060Ага');
  });

  it('leaves a «!» or «?» that ends a word or stands alone', () => {
    for (const text of ['Стоп! Дальше.', 'Да?', '! начало', 'слово !слово', 'а ?б', '']) expect(keepWordsWhole(text), text).toBe(text);
  });
});
