import { describe, expect, it } from 'vitest';
import { articleSlug, checkContent, type ContentFile } from '../../../src/lib/content/content-checks.ts';
import { formatProblem, formatProblemReport } from '../../../src/lib/content/content-problem.ts';

const FIELDS = 'title: Т\ndescription: О статье.\nauthor: А\npublication: П\nissue: В\npublished: 2025-04';
const article = (body = '\nТекст.\n', fields = FIELDS) => `---\n${fields}\n---\n${body}`;
const check = (files: ContentFile[]) => checkContent(files, { today: '2025-06-15' });
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

describe('formatProblemReport', () => {
  it('lists every problem with file and line', () => {
    expect(formatProblemReport([{ file: 'content/a.mdx', line: 3, message: 'раз' }, { file: 'content/b.mdx', message: 'два' }])).toBe(
      'Ошибки в content/ (2):\n  • content/a.mdx:3: раз\n  • content/b.mdx: два',
    );
  });
});
