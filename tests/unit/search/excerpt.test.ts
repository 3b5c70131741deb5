import { describe, expect, it } from 'vitest';
import { excerptParts, matchedOnlyByShortPrefix } from '../../../src/lib/search/excerpt.ts';

describe('excerptParts', () => {
  it('puts back the non-breaking space before a dash that Pagefind made plain', () => {
    expect(excerptParts('к сотруднику, — и <mark>доверие</mark> — всё')).toEqual([
      { text: 'к\u00a0сотруднику,\u00a0— и\u00a0', marked: false },
      { text: 'доверие', marked: true },
      { text: '\u00a0— всё', marked: false },
    ]);
  });

  it('puts back the non-breaking space after a word of one or two letters, marked or not', () => {
    expect(excerptParts('о работе (и не только) в «А я» — <mark>на</mark> доверии и <mark>доверие</mark>')).toEqual([
      { text: 'о\u00a0работе (и\u00a0не\u00a0только) в\u00a0«А\u00a0я»\u00a0— ', marked: false },
      { text: 'на', marked: true },
      { text: '\u00a0доверии и\u00a0', marked: false },
      { text: 'доверие', marked: true },
    ]);
    // Longer words, a short word at the end, numbers and words after other punctuation keep their spaces.
    expect(excerptParts('три слова, по 10 шт. ок')).toEqual([{ text: 'три слова, по\u00a010 шт. ок', marked: false }]);
    expect(excerptParts('Слово,и дальше ещё')).toEqual([{ text: 'Слово,и дальше ещё', marked: false }]);
  });

  it('marks the word alone, not the punctuation Pagefind marks with it', () => {
    expect(excerptParts('о <mark>сроках,</mark> и <mark>«доверии»</mark>. <mark>Вот</mark>')).toEqual([
      { text: 'о\u00a0', marked: false },
      { text: 'сроках', marked: true },
      { text: ', и\u00a0«', marked: false },
      { text: 'доверии', marked: true },
      { text: '». ', marked: false },
      { text: 'Вот', marked: true },
    ]);
    expect(excerptParts('<mark>сроках?!»</mark>')).toEqual([
      { text: 'сроках', marked: true },
      { text: '?!»', marked: false },
    ]);
    expect(excerptParts('<mark>20!8:</mark> и')).toEqual([
      { text: '20!8', marked: true },
      { text: ': и', marked: false },
    ]);
    expect(excerptParts('<mark>—</mark>')).toEqual([{ text: '—', marked: true }]);
  });

  it('splits an excerpt into text and marked words, in order', () => {
    expect(excerptParts('потерять <mark>доверие</mark> вашего <mark>босса</mark>.')).toEqual([
      { text: 'потерять ', marked: false },
      { text: 'доверие', marked: true },
      { text: ' вашего ', marked: false },
      { text: 'босса', marked: true },
      { text: '.', marked: false },
    ]);
  });

  it('decodes the < and > Pagefind escapes, and leaves & and quotes as the text has them', () => {
    expect(excerptParts('Тег &lt;b&gt; & <mark>"кавычки"</mark> \'да\'')).toEqual([
      { text: 'Тег <b> & "', marked: false },
      { text: 'кавычки', marked: true },
      { text: "\" 'да'", marked: false },
    ]);
  });

  it('keeps markup it did not write as text: nothing becomes an element but <mark>', () => {
    expect(excerptParts('&lt;img src=x onerror=alert(1)&gt;')).toEqual([{ text: '<img src=x onerror=alert(1)>', marked: false }]);
    expect(excerptParts('<b>жирный</b>')).toEqual([{ text: '<b>жирный</b>', marked: false }]);
  });

  it('reads an unclosed <mark> as text, and gives nothing for an empty excerpt', () => {
    expect(excerptParts('а <mark>б')).toEqual([{ text: 'а\u00a0<mark>б', marked: false }]);
    expect(excerptParts('')).toEqual([]);
    expect(excerptParts('<mark>всё</mark>')).toEqual([{ text: 'всё', marked: true }]);
  });
});

describe('matchedOnlyByShortPrefix', () => {
  it('is true when the only match is a one- or two-letter word that begins a longer query word', () => {
    expect(matchedOnlyByShortPrefix(['слово <mark>в</mark> руках'], 'вдохновение')).toBe(true);
    expect(matchedOnlyByShortPrefix(['статья <mark>о</mark> работе', 'ещё <mark>о</mark> том'], 'оглавление')).toBe(true);
    expect(matchedOnlyByShortPrefix(['<mark>не</mark> сможете'], 'незабудка')).toBe(true);
  });

  it('is false when a real word matched, however short the query', () => {
    expect(matchedOnlyByShortPrefix(['потерять <mark>доверие</mark>'], 'доверия')).toBe(false);
    expect(matchedOnlyByShortPrefix(['<mark>в</mark> <mark>доверие</mark>'], 'в доверие')).toBe(false);
    expect(matchedOnlyByShortPrefix(['слово <mark>в</mark> руках'], 'в')).toBe(false);
    expect(matchedOnlyByShortPrefix(['<mark>Ёлка</mark> стоит'], 'елка')).toBe(false);
  });

  it('is false for a short word the reader typed, and for three letters and more', () => {
    expect(matchedOnlyByShortPrefix(['<mark>на</mark> столе'], 'на столе')).toBe(false);
    expect(matchedOnlyByShortPrefix(['<mark>дом</mark>'], 'домовой')).toBe(false);
  });

  it('is false when nothing is marked: the match was elsewhere (a title, a field)', () => {
    expect(matchedOnlyByShortPrefix(['текст без отметок'], 'вдохновение')).toBe(false);
    expect(matchedOnlyByShortPrefix([], 'вдохновение')).toBe(false);
  });
});
