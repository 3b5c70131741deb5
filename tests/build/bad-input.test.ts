import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../support/build-site.ts';
import { distDir, projectRoot } from '../support/paths.ts';
import { listFiles } from '../support/dist-files.ts';
import { frontmatter } from '../support/temp-project.ts';

/** A content folder made for this test inside the project (CONTENT_DIR must be), removed afterwards. */
const CONTENT = '.cache/test-content/bad-input';
const BODY = '\nТекст статьи.\n';
/** frontmatter() writes 7 fields between the --- lines, so the body starts at line 10. */
const withBody = (body: string) => frontmatter() + body;

/**
 * Every mistake an editor can make in one folder: the check before the build lists
 * them all at once, each with its file and the line the editor wrote.
 */
const cases: { name: string; file: string; content: string; line?: number; says: string }[] = [
  { name: 'a missing required field', file: 'bez-avtora.mdx', content: frontmatter({ author: undefined }) + BODY, line: 1, says: 'обязательное поле author не заполнено' },
  { name: 'a wrong type', file: 'chislo.mdx', content: frontmatter().replace('title: "Тестовая статья"', 'title: 2025') + BODY, line: 2, says: 'title должно быть текстом, а здесь число; возьмите значение в кавычки' },
  { name: 'a draft flag in quotes', file: 'draft-v-kavychkah.mdx', content: frontmatter().replace('draft: false', 'draft: "нет"') + BODY, line: 8, says: 'draft должно быть true или false (без кавычек)' },
  { name: 'an impossible date', file: 'data.mdx', content: frontmatter().replace('published: "2025-05"', 'published: 2025-02-30') + BODY, line: 7, says: 'поле published: в «2025-02-30» нет дня 30: в этом месяце 28 дней.' },
  { name: 'a date in the wrong form', file: 'forma-daty.mdx', content: frontmatter({ published: '15.05.2025' }) + BODY, line: 7, says: '«15.05.2025» — не дата; ожидается ГГГГ-ММ или ГГГГ-ММ-ДД' },
  { name: 'an unknown field', file: 'opechatka.mdx', content: frontmatter({ titel: 'Опечатка' }) + BODY, line: 9, says: 'неизвестное поле titel — опечатка?' },
  { name: 'an unquoted colon in a field', file: 'dvoetochie.mdx', content: frontmatter().replace('title: "Тестовая статья"', 'title: Итоги: год') + BODY, line: 2, says: 'в значении поля title есть двоеточие с пробелом, и YAML принял его за новое поле. Возьмите значение в кавычки: title: "Итоги: год"' },
  { name: 'a tab in a field', file: 'tabulyaciya.mdx', content: frontmatter().replace('author: "Тест"', 'author:\t"Тест"') + BODY, line: 4, says: 'в поле стоит табуляция, а YAML её не принимает. Замените табуляцию пробелом.' },
  { name: 'a description over 200 characters', file: 'dlinnoe-opisanie.mdx', content: frontmatter({ description: 'Очень длинное описание. '.repeat(10) }) + BODY, line: 3, says: 'description длиннее 200 знаков (239): поиск и карточки обрежут его.' },
  { name: 'placeholders of npm run new in a published article', file: 'zagotovka.mdx', content: frontmatter({ author: 'Имя автора' }) + '\nПервый абзац статьи.\n', line: 4, says: 'в поле author осталась заготовка из npm run new («Имя автора»).' },
  { name: 'a placeholder paragraph', file: 'zagotovka.mdx', content: '', line: 11, says: 'в тексте осталась заготовка из npm run new («Первый абзац статьи.»).' },
  { name: 'an unclosed tag', file: 'teg.mdx', content: withBody('\nТекст <div> без конца.\n'), line: 11, says: 'тег <div> открыт, но не закрыт. Допишите </div> или, если это не тег, напишите &lt; вместо <' },
  { name: 'a stray {', file: 'skobka.mdx', content: withBody('\nТекст { без конца.\n'), line: 11, says: 'фигурная скобка { в MDX открывает выражение. Чтобы показать её как текст, напишите \\{' },
  { name: 'an HTML comment', file: 'kommentariy.mdx', content: withBody('\nТекст.\n\n<!-- заметка -->\n'), line: 13, says: 'HTML-комментарий <!-- … --> в MDX не работает. Напишите комментарий так: {/* … */}' },
  { name: 'an autolink', file: 'avtossylka.mdx', content: withBody('\nСм. <https://example.org>.\n'), line: 11, says: 'ссылка в угловых скобках <https://…> в MDX не работает. Напишите [текст ссылки](https://…)' },
  { name: '<br> without a slash', file: 'perenos.mdx', content: withBody('\nСтрока<br>другая.\n'), line: 11, says: 'в MDX тег <br> закрывается сам: напишите <br />' },
  { name: 'a < touching a word', file: 'menshe.mdx', content: withBody('\nЕсли x <y, то всё.\n'), line: 11, says: 'знак < вплотную к слову MDX читает как начало тега. Поставьте после < пробел или напишите &lt;' },
  { name: 'an unknown component', file: 'komponent.mdx', content: withBody('\n<Vrezka>Текст</Vrezka>\n'), line: 11, says: 'компонента <Vrezka> нет. Можно: <Aside>, <Quote>' },
  { name: 'a missing picture', file: 'kartinka.mdx', content: withBody('\nТекст.\n\n![Кот](./kot.png)\n'), line: 13, says: 'картинки «./kot.png» нет (искали .cache/test-content/bad-input/kot.png).' },
  { name: 'a bad import', file: 'import.mdx', content: withBody("\nimport Chart from './chart.astro';\n\n<Chart />\n"), line: 11, says: 'import: нет файла или пакета «./chart.astro»' },
  { name: 'an expression in a heading', file: 'vyrazhenie.mdx', content: withBody('\n## Сумма {1+1}\n\nТекст.\n'), line: 11, says: 'в заголовке выражение {1+1}: оглавление и ссылка на раздел показали бы его исходный текст.' },
  { name: 'an id written twice', file: 'id-dvazhdy.mdx', content: withBody('\n<h2 id="itogi">Итоги</h2>\n\nТекст.\n\n<h2 id="itogi">Ещё итоги</h2>\n'), line: 15, says: 'id="itogi" уже есть в строке 11: у двух элементов не может быть одного id.' },
  { name: 'an id the page layout uses', file: 'id-stranicy.mdx', content: withBody('\n<h2 id="main">Главное</h2>\n'), line: 11, says: 'id="main" уже занят самой страницей' },
  { name: 'an empty body', file: 'pusto.mdx', content: frontmatter() + '\n\n', says: 'у статьи нет текста после полей.' },
  { name: 'a file that is not MDX', file: 'statya.docx', content: 'PK', says: 'это не статья — в content/ статьи лежат в файлах .mdx' },
  { name: 'no frontmatter at all', file: 'bez-poley.mdx', content: 'Просто текст.\n', line: 1, says: 'нет блока с полями статьи в начале файла.' },
  { name: 'fields never closed', file: 'ne-zakryt.mdx', content: '---\ntitle: Без конца полей\ndraft: false\n\nТекст статьи.\n', line: 5, says: 'блок полей открыт строкой --- в начале файла, но не закрыт' },
  { name: 'a # in the file name', file: 'vypusk #2.mdx', content: frontmatter() + BODY, says: 'в имени файла есть «#»: с таким знаком адрес статьи не работает, и статья пропала бы с сайта. Переименуйте файл, например в .cache/test-content/bad-input/vypusk-2.mdx.' },
  { name: 'a ? in the file name', file: 'Вопрос?.mdx', content: frontmatter() + BODY, says: 'в имени файла есть «?»' },
  { name: 'a % in the file name', file: '100%.mdx', content: frontmatter() + BODY, says: 'в имени файла есть «%»' },
  { name: 'an address the site uses', file: 'og.mdx', content: frontmatter() + BODY, says: 'адрес /og/ занят самим сайтом.' },
  {
    name: 'a month that is not a date in the issues file',
    file: 'issues.yaml',
    content: '- number: 2\n  title: Второй выпуск\n  month: 2025-04\n- number: 5\n  title: Пятый выпуск\n  month: май\n',
    line: 6,
    says: '«май» — не дата; ожидается ГГГГ-ММ, например 2025-04',
  },
  { name: 'an issue that is not described', file: 'vypusk.mdx', content: frontmatter({ issue: 'Втрой выпуск' }) + BODY, line: 6, says: `выпуска «Втрой выпуск» нет в ${CONTENT}/issues.yaml. Там есть: «Второй выпуск».` },
  { name: 'a picture without a description', file: 'bez-opisaniya.mdx', content: withBody('\n![](./kot.png)\n'), line: 11, says: 'у картинки «./kot.png» нет описания' },
  { name: 'a cover without a description', file: 'oblozhka.mdx', content: frontmatter({ cover: './kot.png' }) + BODY, line: 9, says: 'у обложки нет описания: добавьте поле coverAlt' },
  { name: 'two articles at one place of an issue', file: 'mesto-2.mdx', content: frontmatter({ title: 'Место 2' }).replace('draft: false', 'draft: false\norder: 1') + BODY, line: 9, says: 'order: 1 в выпуске «Второй выпуск» уже у' },
  { name: 'one author spelled two ways', file: 'Я-автор.mdx', content: frontmatter({ author: 'тест' }) + BODY, line: 4, says: 'автор «тест» написан не так, как в' },
];

let result: BuildResult;
const out = distDir('bad-input');

beforeAll(() => {
  const dir = path.join(projectRoot, CONTENT);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, '2025'), { recursive: true });
  for (const { file, content } of cases) if (content) writeFileSync(path.join(dir, file), content);
  // The first article at place 1 of its issue, for «two articles at one place».
  writeFileSync(path.join(dir, 'mesto-1.mdx'), frontmatter({ title: 'Место 1' }).replace('draft: false', 'draft: false\norder: 1') + BODY);
  // Two names that transliterate to one address.
  writeFileSync(path.join(dir, '2025', 'itogi.mdx'), frontmatter() + BODY);
  writeFileSync(path.join(dir, 'Итоги.mdx'), frontmatter() + BODY);
  result = buildSite({ outDir: out, env: { CONTENT_DIR: CONTENT } });
});

afterAll(() => rmSync(path.join(projectRoot, CONTENT), { recursive: true, force: true }));

describe('a mistake in content/ stops the build before anything is built, with file, line and fix in Russian', () => {
  it('fails and builds nothing', () => {
    expect(result.status, result.output).not.toBe(0);
    expect(() => listFiles(out)).toThrow();
    expect(result.output).toMatch(/Ошибки в content\/ \(\d+\):/);
  });

  for (const { name, file, line, says } of cases) {
    it(name, () => {
      const place = `${CONTENT}/${file}${line ? `:${line}` : ''}: `;
      const reported = result.output.split('\n').filter((l) => l.includes(place));
      expect(reported.some((l) => l.includes(`• ${place}${says}`)), `${place}${says}\n--- reported:\n${reported.join('\n')}\n--- output:\n${result.output}`).toBe(true);
    });
  }

  it('two files with one URL, naming both', () => {
    expect(result.output).toContain(`• ${CONTENT}/2025/itogi.mdx и ${CONTENT}/Итоги.mdx: у этих файлов один адрес /itogi/, и одна статья пропала бы.`);
  });

  it('prints no English parser message and no stack trace', () => {
    expect(result.output).not.toMatch(/Expected a closing tag|Unexpected character|bad indentation|frontmatter does not match|^\s+at /m);
  });
});
