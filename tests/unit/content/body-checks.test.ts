import { describe, expect, it } from 'vitest';
import { checkBody, syntaxProblem } from '../../../src/lib/content/body-checks.ts';
import { formatProblem } from '../../../src/lib/content/content-problem.ts';

/** Line 1–3 are frontmatter, so the body's first line is line 4. */
const mdx = (body: string) => `---\ntitle: Т\n---\n${body}`;
const existing = new Set(['content/cat.png', 'public/logo.svg', 'src/components/mdx/Aside.astro', 'node_modules/some-package']);
const problems = (body: string, file = 'content/a.mdx') => checkBody(file, mdx(body), { exists: (p) => existing.has(p) }).map(formatProblem);

describe('MDX habits from other editors get the fix in Russian, at the line written', () => {
  it('an HTML comment', () => {
    expect(problems('Текст.\n\n<!-- заметка -->\n')).toEqual(['content/a.mdx:6: HTML-комментарий <!-- … --> в MDX не работает. Напишите комментарий так: {/* … */}']);
  });

  it('an autolink in angle brackets', () => {
    expect(problems('См. <https://example.org> здесь.\n')).toEqual(['content/a.mdx:4: ссылка в угловых скобках <https://…> в MDX не работает. Напишите [текст ссылки](https://…)']);
  });

  it('<br> without a slash', () => {
    expect(problems('Строка<br>другая.\n')).toEqual(['content/a.mdx:4: в MDX тег <br> закрывается сам: напишите <br />']);
  });

  it('a < touching a word', () => {
    expect(problems('Первая строка.\n\nЕсли x <y, то всё.\n')).toEqual(['content/a.mdx:6: знак < вплотную к слову MDX читает как начало тега. Поставьте после < пробел или напишите &lt;']);
    expect(problems('Если x <5, то всё.\n')).toEqual(['content/a.mdx:4: знак < вплотную к слову MDX читает как начало тега. Поставьте после < пробел или напишите &lt;']);
  });

  it('an unclosed tag and a stray brace', () => {
    expect(problems('Текст <div> без конца.\n')).toEqual(['content/a.mdx:4: тег <div> открыт, но не закрыт. Допишите </div> или, если это не тег, напишите &lt; вместо <']);
    expect(problems('Текст { без конца.\n')).toEqual(['content/a.mdx:4: фигурная скобка { в MDX открывает выражение. Чтобы показать её как текст, напишите \\{']);
  });

  it('accepts what MDX reads: a spaced <, a JSX comment, <br />, code', () => {
    expect(problems('Если a < b, то {/* заметка */} так.<br />\n\n`<!-- -->` и `<y`\n\n```\n<!-- код -->\n```\n')).toEqual([]);
  });

  it('leaves HTML alone in plain Markdown (.md), where it is allowed', () => {
    expect(problems('Текст <!-- заметка --> и <br>.\n', 'content/a.md')).toEqual([]);
  });
});

describe('components, pictures and imports', () => {
  it('names an unknown component and lists the ones that exist', () => {
    expect(problems('Текст.\n\n<Vrezka>x</Vrezka>\n')).toEqual(['content/a.mdx:6: компонента <Vrezka> нет. Можно: <Aside>, <Quote> (см. docs/editing.md).']);
  });

  it('accepts our components, imported ones (even imported below), and tags inside code', () => {
    expect(problems("<Aside>x</Aside> <Chart />\n\n`<Fake>`\n\n```\n<AlsoFake>\n```\n\nimport Chart from '../src/components/mdx/Aside.astro';\n")).toEqual([]);
  });

  it('names a missing picture, beside the article or in public/', () => {
    expect(problems('![Кот](./cat.png) ![Пёс](dog.png)\n\n![Лого](/logo.svg) ![Нет](/none.svg) ![Внешняя](https://example.org/x.png)\n')).toEqual([
      'content/a.mdx:4: картинки «dog.png» нет (искали content/dog.png). Положите файл рядом со статьёй или поправьте имя в ![…](…).',
      'content/a.mdx:6: картинки «/none.svg» нет (искали public/none.svg). Положите файл рядом со статьёй или поправьте имя в ![…](…).',
    ]);
  });

  it('names an import of a file or package that is not there', () => {
    expect(problems("import X from './nope.astro';\nimport { Y } from 'some-package/sub';\nimport Z from 'missing-package';\n\n<X /> <Y /> <Z />\n")).toEqual([
      'content/a.mdx:4: import: нет файла или пакета «./nope.astro» (искали content/nope.astro). Проверьте путь или уберите import.',
      'content/a.mdx:4: import: нет файла или пакета «missing-package» (искали node_modules/missing-package). Проверьте путь или уберите import.',
    ]);
  });
});

describe('headings and ids', () => {
  it('refuses an expression in a heading, which the TOC would show as source', () => {
    expect(problems('## Сумма {1+1}\n\nТекст.\n')).toEqual(['content/a.mdx:4: в заголовке выражение {1+1}: оглавление и ссылка на раздел показали бы его исходный текст. Напишите заголовок обычным текстом.']);
  });

  it('refuses an id written twice, naming both lines', () => {
    expect(problems('<h2 id="itogi">Итоги</h2>\n\nТекст.\n\n<h2 id="itogi">Итоги</h2>\n')).toEqual([
      'content/a.mdx:8: id="itogi" уже есть в строке 4: у двух элементов не может быть одного id. Выберите другой.',
    ]);
  });

  it('refuses an id the page layout uses', () => {
    expect(problems('<h2 id="main">Главное</h2>\n\n<div id="toc-title">x</div>\n')).toEqual([
      'content/a.mdx:4: id="main" уже занят самой страницей (main, toc-title), ссылка вела бы не туда. Выберите другой id.',
      'content/a.mdx:6: id="toc-title" уже занят самой страницей (main, toc-title), ссылка вела бы не туда. Выберите другой id.',
    ]);
  });
});

describe('every element HTML closes by itself', () => {
  it.each(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr'])('<%s> gets the self-closing fix', (tag) => {
    expect(problems(`Текст <${tag}> дальше.\n`)).toEqual([`content/a.mdx:4: в MDX тег <${tag}> закрывается сам: напишите <${tag} />`]);
  });

  it('whatever the case it is written in', () => {
    expect(problems('Текст.\n\n<HR>\n')).toEqual(['content/a.mdx:6: в MDX тег <HR> закрывается сам: напишите <HR />']);
  });

  it('but not an element that has content', () => {
    expect(problems('<p>Текст\n')).toEqual(['content/a.mdx:4: тег <p> открыт, но не закрыт. Допишите </p> или, если это не тег, напишите &lt; вместо <']);
  });
});

describe('syntax errors found late in the file or with no rule of their own', () => {
  const tenLines = 'Абзац.\n\n'.repeat(5);

  it('reads a line and a column of two digits or more', () => {
    expect(problems(`${tenLines}Длинная строка, а в ней <https://example.org> и всё.\n`)).toEqual([
      'content/a.mdx:14: ссылка в угловых скобках <https://…> в MDX не работает. Напишите [текст ссылки](https://…)',
    ]);
    expect(problems('Текст, см. <http://example.org>.\n')).toEqual(['content/a.mdx:4: ссылка в угловых скобках <https://…> в MDX не работает. Напишите [текст ссылки](https://…)']);
    expect(problems('Пишите на <mailto:redakciya@example.org>.\n')[0]).toContain('ссылка в угловых скобках');
  });

  it('passes on what MDX said, without its place, for any other mistake', () => {
    expect(problems('Текст.\n\n<a></b>\n')).toEqual([
      'content/a.mdx:6: MDX не может прочитать текст: Unexpected closing tag `</b>`, expected corresponding closing tag for `<a>` (6:1) (mdx-jsx:unexpected-character)',
    ]);
    expect(problems('{1 +}\n')).toEqual(['content/a.mdx:4: MDX не может прочитать текст: Could not parse expression with oxc: Unexpected token (mdx-jsx:unexpected-character)']);
  });
});

describe('syntaxProblem', () => {
  it('takes a comment from the text at the place, whatever the message says', () => {
    expect(syntaxProblem('content/a.mdx', 'Текст <!-- x', '1:7: Unexpected character `!` (U+0021) before name')).toEqual({
      file: 'content/a.mdx',
      line: 1,
      message: 'HTML-комментарий <!-- … --> в MDX не работает. Напишите комментарий так: {/* … */}',
    });
  });

  it('takes a comment from the message, whatever the text at the place', () => {
    expect(syntaxProblem('content/a.mdx', 'Текст', '1:1: Unexpected character (note: to create a comment in MDX, use `{/* text */}`)').message).toBe(
      'HTML-комментарий <!-- … --> в MDX не работает. Напишите комментарий так: {/* … */}',
    );
  });

  it('takes an autolink only where the place starts one', () => {
    expect(syntaxProblem('content/a.mdx', 'x <y <https://example.org>', '1:3: Unexpected character after `<`, expected a valid JSX tag').message).toBe(
      'знак < вплотную к слову MDX читает как начало тега. Поставьте после < пробел или напишите &lt;',
    );
  });

  it('has no line when the message names no place', () => {
    expect(syntaxProblem('content/a.mdx', '<!-- x', 'Unexpected end of file')).toEqual({
      file: 'content/a.mdx',
      line: undefined,
      message: 'MDX не может прочитать текст: Unexpected end of file',
    });
  });
});

describe('components, pictures and imports, in detail', () => {
  it('checks a component written inside a paragraph too', () => {
    expect(problems('Текст <Vrezka /> и дальше.\n')).toEqual(['content/a.mdx:4: компонента <Vrezka> нет. Можно: <Aside>, <Quote> (см. docs/editing.md).']);
  });

  it('takes a tag that starts with a lower-case letter for HTML', () => {
    expect(problems('Текст <xFoo>x</xFoo> дальше.\n')).toEqual([]);
  });

  it('lists the problems in the order of their lines, components (checked last) among them', () => {
    expect(problems('<Vrezka />\n\n![Нет](./none.png)\n\n<Plashka />\n\n![Нет](./none2.png)\n')).toEqual([
      'content/a.mdx:4: компонента <Vrezka> нет. Можно: <Aside>, <Quote> (см. docs/editing.md).',
      'content/a.mdx:6: картинки «./none.png» нет (искали content/none.png). Положите файл рядом со статьёй или поправьте имя в ![…](…).',
      'content/a.mdx:8: компонента <Plashka> нет. Можно: <Aside>, <Quote> (см. docs/editing.md).',
      'content/a.mdx:10: картинки «./none2.png» нет (искали content/none2.png). Положите файл рядом со статьёй или поправьте имя в ![…](…).',
    ]);
  });

  it('looks for a picture without its query or fragment, and only for a picture', () => {
    expect(problems('![Нет](./none.svg#icon) ![Есть](./cat.png?v=2)\n')).toEqual([
      'content/a.mdx:4: картинки «./none.svg#icon» нет (искали content/none.svg). Положите файл рядом со статьёй или поправьте имя в ![…](…).',
    ]);
    expect(problems('[Ссылка на файл](./none.pdf) и ![пусто]()\n')).toEqual([]);
  });

  it('leaves an address with any scheme alone', () => {
    expect(problems('![Из хранилища](s3://bucket/x.png) ![Протокол](//cdn.example.org/x.png) ![Якорь](#x)\n')).toEqual([]);
  });

  it('reads an import with spaced keywords, with several names and aliases', () => {
    expect(problems("import Chart  from  './nope.astro';\nimport { Aside as Box, Quote } from './missing.astro';\nimport {Callout} from './nothere.astro';\n")).toEqual([
      'content/a.mdx:4: import: нет файла или пакета «./nope.astro» (искали content/nope.astro). Проверьте путь или уберите import.',
      'content/a.mdx:4: import: нет файла или пакета «./missing.astro» (искали content/missing.astro). Проверьте путь или уберите import.',
      'content/a.mdx:4: import: нет файла или пакета «./nothere.astro» (искали content/nothere.astro). Проверьте путь или уберите import.',
    ]);
  });

  it('reads an import of a file alone (a stylesheet), and the imports after it', () => {
    expect(problems("import './none.css';\nimport Chart from './nope.astro';\n\n<Chart />\n")).toEqual([
      'content/a.mdx:4: import: нет файла или пакета «./none.css» (искали content/none.css). Проверьте путь или уберите import.',
      'content/a.mdx:4: import: нет файла или пакета «./nope.astro» (искали content/nope.astro). Проверьте путь или уберите import.',
    ]);
    expect(problems("import './cat.png';\nimport Chart from '../src/components/mdx/Aside.astro';\n\n<Chart />\n")).toEqual([]);
  });

  it('knows the names an import brings, under their aliases', () => {
    const from = "'../src/components/mdx/Aside.astro'";
    expect(problems(`import Chart from  ${from};\nimport { Aside  as  Box } from ${from};\nimport * as Charts from ${from};\n\n<Chart /> <Box /> <Charts.Bar />\n`)).toEqual([]);
  });

  it('looks for a scoped package in its two-part folder', () => {
    existing.add('node_modules/@scope/present');
    expect(problems("import A from '@scope/present/sub';\nimport B from '@scope/absent/sub';\n\n<A /> <B />\n")).toEqual([
      'content/a.mdx:4: import: нет файла или пакета «@scope/absent/sub» (искали node_modules/@scope/absent). Проверьте путь или уберите import.',
    ]);
  });

  it('reads no import in the text of a plain Markdown file', () => {
    expect(problems("import Chart from './nope.astro';\n\nТекст.\n", 'content/a.md')).toEqual([]);
  });
});

describe('ids, in detail', () => {
  it('reads only the id attribute, wherever it stands among the others', () => {
    expect(problems('<div class="main">x</div>\n\n<div class="a" id="toc-title">y</div>\n')).toEqual([
      'content/a.mdx:6: id="toc-title" уже занят самой страницей (main, toc-title), ссылка вела бы не туда. Выберите другой id.',
    ]);
  });

  it('checks ids of elements inside a paragraph too', () => {
    expect(problems('Текст <span id="x">a</span> и <span id="x">b</span>.\n')).toEqual([
      'content/a.mdx:4: id="x" уже есть в строке 4: у двух элементов не может быть одного id. Выберите другой.',
    ]);
  });
});
