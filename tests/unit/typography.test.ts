import { describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { exportTypesetMemo, importTypesetMemo, typeset } from '../../src/lib/typography.ts';
import { typographyPlugin } from '../../src/lib/typography-plugin.ts';
import { headingIdsPlugin } from '../../src/lib/heading-ids.ts';

const NBSP = '\u00a0';
/** Shows non-breaking spaces as ⍽ so the golden strings can be read. */
const show = (text: string) => text.replaceAll(NBSP, '⍽');

describe('typeset (golden)', () => {
  it.each([
    ['quotes become ёлочки, nested quotes лапки', 'Он сказал: "Это "наш" клиент".', 'Он⍽сказал: «Это „наш“ клиент».'],
    ['a hyphen between words becomes an em dash after a non-breaking space', 'Доверие - это все.', 'Доверие⍽— это⍽все.'],
    ['words of one or two letters hold on to the next word', 'Я был в офисе и ждал.', 'Я⍽был в⍽офисе и⍽ждал.'],
    ['a number range gets an en dash', 'С 1990-2000 гг.', 'С⍽1990–2000⍽гг.'],
    ['an abbreviation is kept on one line', 'т.е. так', 'т.⍽е. так'],
    ['existing ёлочки are kept', '«Найти деньги Андерсона»', '«Найти деньги Андерсона»'],
  ])('%s', (_name, input, expected) => {
    expect(show(typeset(input))).toBe(expected);
  });

  it('keeps leading and trailing spaces, so text around inline markup stays apart', () => {
    expect(typeset(' и ')).toBe(' и ');
    expect(typeset('слово ')).toBe('слово ');
  });

  it('never rewrites what the author wrote: dates, symbols, signs, letters, doubled marks', () => {
    const text = 'Дата 2025-04-15, (c) 2025, 2 * 3 = 6, ghbdtn!! Ну?!';
    expect(show(typeset(text)).replaceAll('⍽', ' ')).toBe(text);
  });

  it('leaves a hyphenated word alone', () => {
    expect(typeset('чего-то')).toBe('чего-то');
  });
});

describe('typographyPlugin in Sätteri', () => {
  const render = async (markdown: string) =>
    (await markdownToHtml(markdown, { hastPlugins: [headingIdsPlugin, typographyPlugin], features: { smartPunctuation: false } })).html;

  it('typesets paragraphs and headings', async () => {
    const html = await render('## Он сказал "да" - и ушел\n\nТекст "в кавычках".\n');
    expect(show(html)).toContain('Он⍽сказал «да»⍽— и⍽ушел</h2>');
    expect(show(html)).toContain('Текст «в⍽кавычках».');
  });

  it('takes heading ids from the plain text', async () => {
    expect(await render('## Он сказал "да" - и ушел\n')).toContain('id="on-skazal-da-i-ushel"');
  });

  it('never touches code', async () => {
    const html = await render('Смотри `a - "b"` и\n\n```\nx - "y"\n```\n');
    expect(html).toContain('<code>a - "b"</code>');
    expect(html).toContain('x - "y"');
  });
});

describe('typeset memo', () => {
  it('round-trips through JSON and answers from it', () => {
    typeset('Кэш - это память.');
    const json = exportTypesetMemo();
    expect(JSON.parse(json).entries).toContainEqual(['Кэш - это память.', typeset('Кэш - это память.')]);
    const forged = JSON.stringify({ version: JSON.parse(json).version, entries: [['особый текст', 'из кэша']] });
    expect(importTypesetMemo(forged)).toBe(1);
    expect(typeset('особый текст')).toBe('из кэша');
  });

  it('ignores a memo from other rules or a broken file', () => {
    expect(importTypesetMemo(JSON.stringify({ version: -1, entries: [['x', 'y']] }))).toBe(0);
    expect(importTypesetMemo('{not json')).toBe(0);
    expect(typeset('x')).toBe('x');
  });
});
