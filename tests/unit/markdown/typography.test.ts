import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import Typograf from 'typograf';
import { describe, expect, it, vi } from 'vitest';
import { defineHastPlugin, markdownToHtml, mdxToJs } from 'satteri';
import { typeset } from '../../../src/lib/markdown/typography.ts';
import { typographyPlugin } from '../../../src/lib/markdown/typography-plugin.ts';
import { headingIdsPlugin } from '../../../src/lib/markdown/heading-ids.ts';

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

  it('keeps a particle on its word with a non-breaking hyphen, and other hyphenated words as written', () => {
    expect(typeset('чего-то')).toBe('чего\u2011то');
    expect(typeset('кое-где кто-нибудь всё-таки')).toBe('кое\u2011где кто\u2011нибудь всё\u2011таки');
    expect(typeset('из-за по-моему')).toBe('из-за по-моему');
    expect(typeset('там кое-где')).toBe('там кое\u2011где');
    expect(typeset('никое-где')).toBe('никое-где');
  });

  it('makes a dash of a spaced hyphen at the edge of a text node, next to a link', () => {
    expect(typeset('. Подробности - ')).toBe('. Подробности\u00a0— ');
    expect(typeset(' - в итоге так.')).toMatch(/^ —[ \u00a0]в[ \u00a0]итоге[ \u00a0]так\.$/);
    expect(typeset('мини-игра -')).toBe('мини-игра -');
    expect(typeset('счёт -5 ')).toBe('счёт -5 ');
  });

  it('never splits a name at «!» or «?»: «НОВЕЛЛЬНЫЙ20!8» stays one word', () => {
    expect(typeset('Журнал НОВЕЛЛЬНЫЙ20!8: статьи')).toBe('Журнал НОВЕЛЛЬНЫЙ20!8: статьи');
    expect(typeset('Сайт Что?Где? открыт')).toBe('Сайт Что?Где? открыт');
  });

  it('never joins two words: «что либо» stays two words', () => {
    expect(typeset('ты понимаешь, что либо ты не понимаешь, либо понимаешь')).toBe('ты\u00a0понимаешь, что либо ты\u00a0не\u00a0понимаешь, либо понимаешь');
    expect(typeset('кое кто из под стола')).not.toMatch(/кое[-\u2011]кто|из[-\u2011]под/);
  });

  it('binds only one- and two-letter words to the next, not «если», «или», «как»', () => {
    expect(typeset('Если он спросит, как дела, или нет')).toBe('Если он\u00a0спросит, как дела, или нет');
  });

  it.each([
    ['quotes nest three levels: «„‚…‘“»', '"a "b "c" d" e"', '«a⍽„b⍽‚c‘ d“ e»'],
    ['a quoted word alone', '"Да"', '«Да»'],
    ['an ellipsis in text', 'Ну...', 'Ну…'],
  ])('sets %s', (_name, input, expected) => {
    expect(show(typeset(input))).toBe(expected);
  });

  // Each pair stays as written because one of the disabled rule groups would change it.
  it.each([
    ['fractions (common/number)', '1/2 стакана', '1/2 стакана'],
    ['fractions (common/number)', '1/4 и 3/4', '1/4 и⍽3/4'],
    ['multiplication signs (common/number)', '3 x 4', '3 x⍽4'],
    ['plus-minus (common/number)', '5 +- 3', '5 +- 3'],
    ['phone numbers (ru/other)', 'Звоните +7 (999) 123-45-67', 'Звоните +7 (999) 123-45-67'],
    ['stress marks (ru/other)', 'ст+ол', 'ст+ол'],
    ['apostrophes (common/punctuation)', "I'm here", "I'm here"],
    ['apostrophes in names', "д'Артаньян", "д'Артаньян"],
    ['Latin letters in a Russian word (ru/typo)', 'пpивeт', 'пpивeт'],
    ['ordinals (ru/number)', '1-ый раз', '1-ый раз'],
    ['decimal points (ru/number)', '1.5 кг', '1.5 кг'],
    ['doubled number signs (ru/symbols), with a narrow no-break space', '№№ 5', '№№\u202f5'],
    ['arrows (common/symbols)', 'a -> b', 'a⍽-> b'],
    ['ISO dates (ru/date)', 'Дата 2025-04-15', 'Дата 2025-04-15'],
    ['doubled commas (delDoublePunctuation)', 'Да,, нет', 'Да,, нет'],
    ['doubled exclamation marks (ru/punctuation)', 'Ну!!', 'Ну!!'],
    ['the order of !? (ru/punctuation)', 'Ну!?', 'Ну!?'],
    ['entity-like text (common/html)', 'x &quot; y', 'x⍽&quot; y'],
    ['«ка» written apart (ru/dash/ka)', 'скажи ка мне', 'скажи ка⍽мне'],
    ['«таки» written apart (ru/dash/taki)', 'всё таки да', 'всё таки да'],
    ['«из за» written apart (ru/dash/izza)', 'из за угла', 'из⍽за⍽угла'],
    ['«как то» written apart (ru/dash/kakto)', 'как то раз', 'как то⍽раз'],
  ])('keeps %s', (_name, input, expected) => {
    expect(show(typeset(input))).toBe(expected);
  });

  it('leaves text without a word or a quote alone, such as punctuation between two links', () => {
    expect(typeset('...')).toBe('...');
    expect(typeset(' — ')).toBe(' — ');
    expect(typeset('  ')).toBe('  ');
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

  it('never touches code or keys written by hand in MDX, where they are JSX', async () => {
    const code = (await mdxToJs('Нажмите <kbd>"Ctrl" - C</kbd>, а не <code>"q" - w</code>.\n\n<pre>x - "y"</pre>\n', { hastPlugins: [typographyPlugin] })).code;
    expect(code).toContain('children: "\\"Ctrl\\" - C"');
    expect(code).toContain('children: "\\"q\\" - w"');
    expect(code).toContain('children: "x - \\"y\\""');
    expect(code).toContain('"Нажмите "');
    expect(code).toContain('", а\\xA0не "');
  });

  it.each([
    ['<kbd>"Ctrl" - C</kbd>'],
    ['<samp>"out" - 1</samp>'],
    ['<var>"x" - y</var>'],
    ['<code>"q" - w</code>'],
    ['<svg><text>"a" - b</text></svg>'],
    ['<math><mi>"m" - n</mi></math>'],
  ])('leaves %s in raw HTML as written, and typesets the text around it', async (tag) => {
    const html = await markdownToHtml(`Текст "до" ${tag} и "после"\n`, { hastPlugins: [typographyPlugin], features: { rawHtml: true, smartPunctuation: false } });
    expect(show(html.html)).toBe(`<p>Текст «до» ${tag} и⍽«после»</p>\n`);
  });

  it.each([['<pre>x - "y"</pre>'], ['<script>var a = "x" - "y"</script>'], ['<style>a::after { content: "a - b" }</style>']])(
    'leaves the block %s as written',
    async (block) => {
      const html = await markdownToHtml(`${block}\n`, { hastPlugins: [typographyPlugin], features: { rawHtml: true, smartPunctuation: false } });
      expect(html.html).toBe(`${block}\n`);
    },
  );

  it('never touches code', async () => {
    const html = await render('Смотри `a - "b"` и\n\n```\nx - "y"\n```\n');
    expect(html).toContain('<code>a - "b"</code>');
    expect(html).toContain('x - "y"');
  });
});

describe('typeset memo', () => {
  /** A module instance with an empty memo, as a new build process has. */
  const fresh = async () => {
    vi.resetModules();
    return import('../../../src/lib/markdown/typography.ts');
  };
  const SOURCE = 'Кэш - это память.';

  it('round-trips through its text form, under a header made from Typograf’s version and the code', async () => {
    const first = await fresh();
    const typeset1 = first.typeset(SOURCE);
    const text = [...first.exportTypesetMemo()].join('');
    expect(text).toMatch(/^typeset-memo [0-9a-f]{16}\n/);
    const second = await fresh();
    expect(second.importTypesetMemo(text)).toBe(1);
    expect(second.typeset(SOURCE)).toBe(typeset1);
    expect([...second.exportTypesetMemo()].join('')).toBe(text);
  });

  it('ignores an entry whose value does not belong to its text (edited, swapped, stale)', async () => {
    const first = await fresh();
    const right = first.typeset(SOURCE);
    const text = [...first.exportTypesetMemo()].join('').replace(JSON.stringify(right), JSON.stringify('из кэша'));
    const second = await fresh();
    expect(second.importTypesetMemo(text)).toBe(1);
    expect(second.typeset(SOURCE)).toBe(right);
  });

  it('hands the lines of newly typeset texts to a collector, once each, and another process takes them as its own', async () => {
    const helper = await fresh();
    helper.typeset(SOURCE); // before collecting: not handed over
    const drain = helper.collectNewTypesetLines();
    const result = helper.typeset('Второй абзац - и точка.');
    helper.typeset('Второй абзац - и точка.'); // a memo hit: nothing new
    helper.typeset('\n');
    const lines = drain();
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^[A-Za-z0-9+/=]{28}\t[A-Za-z0-9+/]{12}\t".*"\n$/);
    expect(JSON.parse(lines[0]!.split('\t')[2]!)).toBe(result);
    expect(drain()).toEqual([]);

    const build = await fresh();
    expect(build.acceptTypesetLines([...lines, '', 'garbage without tabs', 'key\tcheck\t{not json'])).toBe(2);
    expect(build.typeset('Второй абзац - и точка.')).toBe(result);
    // Taken and used: the build writes it to its disk memo like any text it typeset itself.
    expect([...build.exportTypesetMemo()].join('')).toContain(lines[0]);
  });

  it('takes no forged line from another process: the text is typeset again', async () => {
    const build = await fresh();
    const text = 'Подделка - не пройдёт.';
    expect(build.acceptTypesetLines([`${createHash('sha1').update(text).digest('base64')}\tAAAAAAAAAAAA\t"Подменённый текст."`])).toBe(1);
    expect(build.typeset(text)).toBe(`Подделка\u00a0— не\u00a0пройдёт.`);
  });

  it('writes back only the entries this build used', async () => {
    const first = await fresh();
    first.typeset(SOURCE);
    first.typeset('Другой абзац - и всё.');
    const both = [...first.exportTypesetMemo()].join('');
    const second = await fresh();
    expect(second.importTypesetMemo(both)).toBe(2);
    second.typeset(SOURCE);
    const written = [...second.exportTypesetMemo()].join('').split('\n').filter(Boolean);
    expect(written).toHaveLength(2);
    expect(written[1]).toContain('Кэш');
  });

  // The memo's format, as typography-cache-integration.ts stores it: a header, then «key, check, JSON value» lines.
  const sha1 = (text: string) => createHash('sha1').update(text).digest('base64');
  const entry = (text: string, result: string) => `${sha1(text)}\t${sha1(`${text}\u0000${result}`).slice(0, 12)}\t${JSON.stringify(result)}\n`;
  const header = `typeset-memo ${createHash('sha256')
    .update(`${Typograf.version}\u0000${readFileSync(new URL('../../../src/lib/markdown/typography.ts', import.meta.url), 'utf8')}`)
    .digest('hex')
    .slice(0, 16)}\n`;

  it('writes a header from Typograf’s version and the code, and one line per text: its hash, a check tying the value to it, the value', async () => {
    const first = await fresh();
    first.typeset('"Да"');
    expect([...first.exportTypesetMemo()]).toEqual([header, entry('"Да"', '«Да»')]);
  });

  it('uses an entry that proves to belong to its text, as it is', async () => {
    const first = await fresh();
    expect(first.importTypesetMemo(`${header}${entry(SOURCE, 'из кэша')}`)).toBe(1);
    expect(first.typeset(SOURCE)).toBe('из кэша');
    expect(first.typeset(SOURCE)).toBe('из кэша');
    expect([...first.exportTypesetMemo()]).toEqual([header, entry(SOURCE, 'из кэша')]);
  });

  it('ignores a memo written by other code and damaged lines', async () => {
    const first = await fresh();
    const header = [...first.exportTypesetMemo()][0]!;
    expect(first.importTypesetMemo('typeset-memo 0000000000000000\nabc\tcheck\t"y"\n')).toBe(0);
    expect(first.importTypesetMemo(`${header}no-tab-here\nk\tc\t{broken\nk\t\t"no check"\nk\tc\t42\n`)).toBe(0);
    expect(first.importTypesetMemo('')).toBe(0);
    expect(first.typeset('x')).toBe('x');
  });
});

describe('typographyPlugin as a plugin', () => {
  it('is a definition Sätteri accepts, named for its diagnostics', () => {
    expect(defineHastPlugin(typographyPlugin)).toBe(typographyPlugin);
    expect(typographyPlugin.name).toBe('russian-typography');
  });
});

describe('typesetTexts (the typeset-ahead process)', () => {
  it('typesets the texts the plugin would, in Markdown and MDX trees, and leaves code, kbd and the rest alone', async () => {
    vi.resetModules();
    const typography = await import('../../../src/lib/markdown/typography.ts');
    const { typesetTexts } = await import('../../../src/lib/markdown/typography-plugin.ts');
    const { markdownToHast, mdxToHast } = await import('satteri');
    const drain = typography.collectNewTypesetLines();
    const values = () => drain().map((line) => JSON.parse(line.split('\t')[2]!) as string);

    typesetTexts(markdownToHast('Абзац - с тире.\n\n`код - как есть`\n\n```\nблок - кода\n```\n\n> Цитата - тоже.\n'));
    expect(values()).toEqual(['Абзац\u00a0— с\u00a0тире.', '\n', 'Цитата\u00a0— тоже.']);

    typesetTexts(mdxToHast('Нажмите <kbd>Ctrl - C</kbd> и <em>текст - рядом</em>.\n', { position: false }));
    expect(values()).toEqual(['Нажмите ', ' и ', 'текст\u00a0— рядом', '.']);
  });
});
