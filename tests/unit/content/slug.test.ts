import { describe, expect, it } from 'vitest';
import { createUniqueSlugger, toHeadingId, toSlug } from '../../../src/lib/content/slug.ts';

describe('toSlug', () => {
  it('transliterates Russian into readable ASCII', () => {
    expect(toSlug('Потерять доверие босса')).toBe('poteryat-doverie-bossa');
    expect(toSlug('3. Не признавая срочность')).toBe('3-ne-priznavaya-srochnost');
  });

  it('drops punctuation and quotes', () => {
    expect(toSlug('«Ёлки», — сказал он!')).toBe('yolki-skazal-on');
  });

  it('keeps a word written in camel case whole', () => {
    expect(toSlug('iPhone и JavaScript')).toBe('iphone-i-javascript');
  });

  it('never returns an empty id', () => {
    expect(toSlug('!!! — ???')).toBe('razdel');
  });
});

describe('createUniqueSlugger', () => {
  it('numbers repeated texts', () => {
    const slug = createUniqueSlugger();
    expect([slug('Итоги'), slug('Итоги'), slug('Итоги')]).toEqual(['itogi', 'itogi-2', 'itogi-3']);
  });

  it('stays unique when a heading text already ends in the counter', () => {
    const slug = createUniqueSlugger();
    const ids = [slug('Итоги'), slug('Итоги 2'), slug('Итоги')];
    expect(new Set(ids).size).toBe(3);
  });

  it('avoids ids taken in advance', () => {
    const slug = createUniqueSlugger(['toc-title']);
    expect(slug('TOC title')).toBe('toc-title-2');
  });
});

describe('toHeadingId', () => {
  it('drops a leading section number', () => {
    expect(toHeadingId('1. Обещание чего-то')).toBe('obeschanie-chego-to');
  });

  it('drops a section number of any length, with a dot or a bracket, after spaces or before several', () => {
    expect(['12. Итоги', '2) Итоги', '  3. Итоги', '4.  Итоги', '5.\tИтоги'].map(toHeadingId)).toEqual(['itogi', 'itogi', 'itogi', 'itogi', 'itogi']);
  });

  it('keeps a number that does not open the heading', () => {
    expect(toHeadingId('Глава 1. Итоги')).toBe('glava-1-itogi');
  });

  it('keeps a number that is the heading itself, behind a letter', () => {
    expect(toHeadingId('2025 год')).toBe('razdel-2025-god');
    expect(toHeadingId('42')).toBe('razdel-42');
  });

  it('always starts with a letter', () => {
    for (const text of ['1.', '«»', '3. 4. Пять', 'Итоги']) expect(toHeadingId(text)).toMatch(/^[a-z][a-z0-9-]*$/);
  });
});
