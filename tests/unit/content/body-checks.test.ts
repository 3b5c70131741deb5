import { describe, expect, it } from 'vitest';
import { checkBody } from '../../../src/lib/content/body-checks.ts';
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
