import { describe, expect, it } from 'vitest';
import { articleSlug, checkContent, type ContentFile } from '../../../src/lib/content/content-checks.ts';
import { formatProblem, formatProblemReport } from '../../../src/lib/content/content-problem.ts';

const FIELDS = 'title: Т\ndescription: О статье.\nauthor: А\npublication: П\nissue: В\npublished: 2025-04';
const article = (body = '\nТекст.\n', fields = FIELDS) => `---\n${fields}\n---\n${body}`;
const ISSUES = { path: 'content/issues.yaml', text: '- number: 1\n  title: В\n  month: 2025-04\n' };
/** Checks the files as a content folder that describes the issue «В» the articles name, unless the test brings its own issues file. */
const check = (files: ContentFile[]) =>
  checkContent(files.some((file) => file.path.endsWith('issues.yaml')) ? files : [...files, ISSUES], { today: '2025-06-15' });
const messages = (files: ContentFile[]) => check(files).problems.map(formatProblem);

describe('articleSlug', () => {
  it('is the transliterated file name without folders or extension', () => {
    expect(articleSlug('content/2025/Потерять доверие.mdx')).toBe('poteryat-doverie');
    expect(articleSlug('poteryat-doverie-bossa.mdx')).toBe('poteryat-doverie-bossa');
    expect(articleSlug('content/My Notes.MDX')).toBe('my-notes');
  });
});

describe('checkContent', () => {
  it('accepts articles, pictures beside them and hidden files, and says what each article is', () => {
    const report = check([
      { path: 'content/a.mdx', text: article() },
      { path: 'content/b.md', text: article() },
      { path: 'content/later.mdx', text: article(undefined, FIELDS.replace('2025-04', '2025-07')) },
      { path: 'content/draft.mdx', text: article(undefined, `${FIELDS}\ndraft: true`) },
      { path: 'content/a-photo.jpg' },
      { path: 'content/.DS_Store' },
    ]);
    expect(report.problems).toEqual([]);
    expect(report.articles.map((a) => [a.file, a.slug, a.state])).toEqual([
      ['content/a.mdx', 'a', 'published'],
      ['content/b.md', 'b', 'published'],
      ['content/later.mdx', 'later', 'scheduled'],
      ['content/draft.mdx', 'draft', 'draft'],
    ]);
  });

  it('names a file that is not an article', () => {
    expect(messages([{ path: 'content/zametki.txt' }])).toEqual([
      'content/zametki.txt: это не статья — в content/ статьи лежат в файлах .mdx (или .md). Переименуйте файл в .mdx или уберите его из content/.',
    ]);
  });

  it('refuses file names with #, ? or % and suggests a name that works', () => {
    expect(messages([
      { path: 'content/vypusk #2.mdx', text: article() },
      { path: 'content/Вопрос?.mdx', text: article() },
      { path: 'content/100%.mdx', text: article() },
    ])).toEqual([
      'content/vypusk #2.mdx: в имени файла есть «#»: с таким знаком адрес статьи не работает, и статья пропала бы с сайта. Переименуйте файл, например в content/vypusk-2.mdx.',
      'content/Вопрос?.mdx: в имени файла есть «?»: с таким знаком адрес статьи не работает, и статья пропала бы с сайта. Переименуйте файл, например в content/vopros.mdx.',
      'content/100%.mdx: в имени файла есть «%»: с таким знаком адрес статьи не работает, и статья пропала бы с сайта. Переименуйте файл, например в content/100.mdx.',
    ]);
  });

  it('accepts spaces, capitals and Cyrillic in file names, slugging them', () => {
    const report = check([
      { path: 'content/Итоги Года.mdx', text: article() },
      { path: 'content/My Notes.mdx', text: article() },
    ]);
    expect(report.problems).toEqual([]);
    expect(report.articles.map((a) => a.slug)).toEqual(['itogi-goda', 'my-notes']);
  });

  it('names both files that would get the same address', () => {
    expect(messages([
      { path: 'content/2025/itogi.mdx', text: article() },
      { path: 'content/Итоги.mdx', text: article() },
    ])).toEqual([
      'content/2025/itogi.mdx и content/Итоги.mdx: у этих файлов один адрес /itogi/, и одна статья пропала бы. Переименуйте один из файлов.',
    ]);
  });

  it('refuses an address the site itself uses', () => {
    expect(messages([{ path: 'content/og.mdx', text: article() }])).toEqual(['content/og.mdx: адрес /og/ занят самим сайтом. Переименуйте файл.']);
  });

  it('names an empty article', () => {
    expect(messages([{ path: 'content/a.mdx', text: article('\n   \n') }])).toEqual([
      'content/a.mdx: у статьи нет текста после полей. Напишите текст или поставьте draft: true.',
    ]);
  });

  it('finds pictures beside the article by default', () => {
    const files = [{ path: 'content/2025/a.mdx', text: article('\n![Кот](./cat.png)\n') }];
    expect(messages(files)).toEqual(['content/2025/a.mdx:10: картинки «./cat.png» нет (искали content/2025/cat.png). Положите файл рядом со статьёй или поправьте имя в ![…](…).']);
    expect(messages([...files, { path: 'content/2025/cat.png' }])).toEqual([]);
  });
});

describe('checkContent: issues, order, authors, covers', () => {
  const withFields = (fields: string, body = '\nТекст.\n') => article(body, fields);

  it('reads the issues file and lets articles name an issue by its title, spaces and case aside', () => {
    const report = check([{ path: 'content/a.mdx', text: withFields(FIELDS.replace('issue: В', 'issue: в')) }]);
    expect(report.problems).toEqual([]);
    expect(report.issues.map((issue) => [issue.id, issue.data.number, issue.data.title, issue.line])).toEqual([['v', 1, 'В', 1]]);
  });

  it('names the article, its line and the known issues when an issue is not described', () => {
    expect(messages([{ path: 'content/a.mdx', text: withFields(FIELDS.replace('issue: В', 'issue: Втрой выпуск')) }])).toEqual([
      'content/a.mdx:6: выпуска «Втрой выпуск» нет в content/issues.yaml. Там есть: «В». Впишите название как там или добавьте выпуск в content/issues.yaml.',
    ]);
  });

  it('lets a draft name an issue that is not described yet', () => {
    expect(messages([{ path: 'content/a.mdx', text: withFields(`${FIELDS.replace('issue: В', 'issue: Будущий')}\ndraft: true`) }])).toEqual([]);
  });

  it('asks for the issues file when articles name issues and there is none', () => {
    expect(checkContent([{ path: 'content/a.mdx', text: article() }], { today: '2025-06-15' }).problems.map(formatProblem)).toEqual([
      'content/issues.yaml: нет файла выпусков, а статьи называют выпуски («В»). Создайте content/issues.yaml: «- title: В», «  number: 1», «  month: 2025-01» (см. docs/editing.md).',
    ]);
  });

  it('refuses two articles at one place of an issue, and one author spelled two ways', () => {
    expect(messages([
      { path: 'content/a.mdx', text: withFields(`${FIELDS}\norder: 1`) },
      { path: 'content/b.mdx', text: withFields(`${FIELDS.replace('author: А', 'author: а')}\norder: 1`) },
    ])).toEqual([
      'content/b.mdx:8: order: 1 в выпуске «В» уже у content/a.mdx: у двух статей одного выпуска место должно быть разным.',
      'content/b.mdx:4: автор «а» написан не так, как в content/a.mdx («А»): это один адрес страницы автора. Напишите имя одинаково.',
    ]);
  });

  it('wants a description with every cover, and the cover beside the article', () => {
    expect(messages([{ path: 'content/a.mdx', text: withFields(`${FIELDS}\ncover: ./a.jpg`) }])).toEqual([
      'content/a.mdx:8: у обложки нет описания: добавьте поле coverAlt — что на картинке, для тех, кто её не видит',
    ]);
    expect(messages([{ path: 'content/a.mdx', text: withFields(`${FIELDS}\ncover: ./a.jpg\ncoverAlt: Кот`) }])).toEqual([
      'content/a.mdx:8: картинки обложки «./a.jpg» нет (искали content/a.jpg). Положите файл рядом со статьёй или поправьте путь.',
    ]);
    expect(messages([{ path: 'content/a.mdx', text: withFields(`${FIELDS}\ncover: ./a.jpg\ncoverAlt: Кот`) }, { path: 'content/a.jpg' }])).toEqual([]);
  });

  it('wants a description of every picture in the text', () => {
    expect(messages([{ path: 'content/a.mdx', text: article('\n![](./a.png)\n') }, { path: 'content/a.png' }])).toEqual([
      'content/a.mdx:10: у картинки «./a.png» нет описания: напишите в квадратных скобках ![…](…), что на ней, — его прочтут те, кто картинку не видит.',
    ]);
  });

  it('names a YAML file other than the issues file, pointing to the issues file', () => {
    expect(messages([{ path: 'content/vypuski.yaml', text: '- title: В' }])).toEqual([
      'content/vypuski.yaml: это не статья — в content/ статьи лежат в файлах .mdx (или .md). Переименуйте файл в .mdx или уберите его из content/. Выпуски описываются в одном файле — content/issues.yaml.',
    ]);
  });
});

describe('formatProblemReport', () => {
  it('lists every problem with file and line', () => {
    expect(formatProblemReport([{ file: 'content/a.mdx', line: 3, message: 'раз' }, { file: 'content/b.mdx', message: 'два' }])).toBe(
      'Ошибки в content/ (2):\n  • content/a.mdx:3: раз\n  • content/b.mdx: два',
    );
  });
});
