import { describe, expect, it } from 'vitest';
import { shortHyphenCompounds } from '../../../src/lib/reader/hyphen-compounds.ts';

const whole = (text: string) => shortHyphenCompounds(text).filter((run) => run.whole).map((run) => run.text);

describe('shortHyphenCompounds', () => {
  it('keeps compounds with a part of one or two characters whole', () => {
    expect(whole('Журнал VA-11 HALL-A — НОВЕЛЛЬНЫЙ20!8: длинные статьи')).toEqual(['VA-11', 'HALL-A']);
    expect(whole('из-за того, что кто-то пришёл, во-первых')).toEqual(['из-за', 'кто-то', 'во-первых']);
    expect(whole('по-моему, В-1 и 2-й')).toEqual(['по-моему', 'В-1', '2-й']);
  });

  it('lets long compounds, dashes and lone hyphens break as usual', () => {
    expect(whole('Санкт-Петербург, северо-запад')).toEqual([]);
    expect(whole('работа — это - не всё; -5 и 5- ')).toEqual([]);
  });

  it('gives back the text unchanged, in order', () => {
    for (const text of ['Журнал VA-11 HALL-A — НОВЕЛЛЬНЫЙ20!8', 'кто-то', 'без дефисов', '', 'a-b-c d']) {
      expect(shortHyphenCompounds(text).map((run) => run.text).join('')).toBe(text);
    }
    expect(shortHyphenCompounds('кто-то')).toEqual([{ text: 'кто-то', whole: true }]);
    expect(shortHyphenCompounds('')).toEqual([{ text: '', whole: false }]);
    expect(shortHyphenCompounds('a-b-c d')).toEqual([{ text: 'a-b-c', whole: true }, { text: ' d', whole: false }]);
  });
});
