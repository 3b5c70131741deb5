import { describe, expect, it } from 'vitest';
import { articleBody, checkFrontmatter } from '../../../src/lib/content/frontmatter-checks.ts';
import { formatProblem } from '../../../src/lib/content/content-problem.ts';

const FIELDS = [
  'title: Тестовая статья',
  'description: Статья для проверки.',
  'author: Тест',
  'publication: Журнал',
  'issue: Третий выпуск',
  'published: 2025-05',
];
/** A file whose frontmatter is FIELDS with `replace` applied line by line; the frontmatter starts at line 1. */
const file = (replace: (lines: string[]) => string[] = (l) => l, body = '\nТекст.\n') => `---\n${replace([...FIELDS]).join('\n')}\n---\n${body}`;
const problems = (text: string) => checkFrontmatter('content/a.mdx', text).problems.map(formatProblem);
const set = (index: number, line: string) => (lines: string[]) => lines.map((l, i) => (i === index ? line : l));

describe('checkFrontmatter', () => {
  it('reads valid fields', () => {
    const result = checkFrontmatter('content/a.mdx', file());
    expect(result.problems).toEqual([]);
    expect(result.data?.title).toBe('Тестовая статья');
    expect(result.lineCount).toBe(8);
    expect(result.body).toBe('\nТекст.\n');
  });

  it('names a file without frontmatter', () => {
    expect(problems('Просто текст.')).toEqual([
      'content/a.mdx:1: нет блока с полями статьи в начале файла. Файл должен начинаться строкой --- , затем поля (title: …), затем снова --- .',
    ]);
  });

  it('tells to quote a value with an unquoted colon, at its line', () => {
    expect(problems(file(set(0, 'title: Итоги: год')))).toEqual([
      'content/a.mdx:2: в значении поля title есть двоеточие с пробелом, и YAML принял его за новое поле. Возьмите значение в кавычки: title: "Итоги: год"',
    ]);
    expect(problems(file(set(1, 'description: Вопрос: что "дальше"?')))).toEqual([
      'content/a.mdx:3: в значении поля description есть двоеточие с пробелом, и YAML принял его за новое поле. Возьмите значение в кавычки: description: "Вопрос: что \\"дальше\\"?"',
    ]);
  });

  it('names a tab at its line', () => {
    expect(problems(file(set(2, 'author:\tТест')))).toEqual([
      'content/a.mdx:4: в поле стоит табуляция, а YAML её не принимает. Замените табуляцию пробелом.',
    ]);
  });

  it('names an unclosed quote', () => {
    expect(problems(file(set(0, 'title: "Итоги года')))).toEqual([
      'content/a.mdx:2: у значения поля title нет закрывающей кавычки ", или внутри стоит такая же кавычка. Закройте кавычку; кавычку внутри пишите другой (« » или \').',
    ]);
  });

  it('puts schema messages at the field line, a missing field at line 1', () => {
    expect(problems(file(set(0, 'title: 2025')))).toEqual(['content/a.mdx:2: title должно быть текстом, а здесь число; возьмите значение в кавычки']);
    expect(problems(file((l) => l.filter((line) => !line.startsWith('author'))))).toEqual(['content/a.mdx:1: обязательное поле author не заполнено']);
    expect(problems(file((l) => [...l, 'titel: Опечатка']))).toEqual([
      'content/a.mdx:8: неизвестное поле titel — опечатка? Допустимые поля: title, description, author, publication, issue, order, published, updated, cover, coverAlt, draft',
    ]);
    expect(problems(file((l) => [...l, 'draft: "нет"']))).toEqual(['content/a.mdx:8: draft должно быть true или false (без кавычек)']);
  });

  it('catches a day that YAML would silently roll into the next month, once', () => {
    expect(problems(file(set(5, 'published: 2025-02-30')))).toEqual([
      'content/a.mdx:7: поле published: в «2025-02-30» нет дня 30: в этом месяце 28 дней. Формат: ГГГГ-ММ или ГГГГ-ММ-ДД, например 2025-04 или 2025-04-15.',
    ]);
    expect(problems(file((l) => [...l, "updated: '2025-04-31'"]))).toEqual([
      'content/a.mdx:8: поле updated: в «2025-04-31» нет дня 31: в этом месяце 30 дней. Формат: ГГГГ-ММ или ГГГГ-ММ-ДД, например 2025-04 или 2025-04-15.',
    ]);
  });

  it('limits description to 200 characters and gives the count', () => {
    expect(problems(file(set(1, `description: ${'а'.repeat(200)}`)))).toEqual([]);
    expect(problems(file(set(1, `description: ${'а'.repeat(201)}`)))).toEqual([
      'content/a.mdx:3: description длиннее 200 знаков (201): поиск и карточки обрежут его. Оставьте одно предложение',
    ]);
  });

  it('stops a published article that still has the placeholders of npm run new, naming the field or line', () => {
    const placeholders = file(
      (l) => l.map((line) => line.replace(/^description: .*/, 'description: "Одно предложение о статье — для главной страницы, поиска и соцсетей."').replace(/^author: .*/, 'author: Имя автора')),
      '\nПервый абзац статьи.\n\n## Раздел\n\nТекст раздела.\n',
    );
    expect(problems(placeholders)).toEqual([
      'content/a.mdx:3: в поле description осталась заготовка из npm run new («Одно предложение о статье — для главной страницы, поиска и соцсетей.»). Впишите своё или оставьте draft: true, пока статья не готова.',
      'content/a.mdx:4: в поле author осталась заготовка из npm run new («Имя автора»). Впишите своё или оставьте draft: true, пока статья не готова.',
      'content/a.mdx:10: в тексте осталась заготовка из npm run new («Первый абзац статьи.»). Впишите своё или оставьте draft: true, пока статья не готова.',
      'content/a.mdx:14: в тексте осталась заготовка из npm run new («Текст раздела.»). Впишите своё или оставьте draft: true, пока статья не готова.',
    ]);
    expect(problems(placeholders.replace('published: 2025-05', 'published: 2025-05\ndraft: true'))).toEqual([]);
  });
});

describe('checkFrontmatter on other YAML mistakes', () => {
  it('says what YAML said, at the line it names, with the usual fixes', () => {
    expect(problems(file(set(3, '  publication: Журнал')))).toEqual([
      'content/a.mdx:5: поля статьи не читаются (YAML: bad indentation of a mapping entry). Каждое поле — одна строка «имя: значение»; значение с двоеточием, # или кавычкой в начале возьмите в двойные кавычки.',
    ]);
  });

  it('asks for name: value lines when the block is a list or a bare value', () => {
    expect(problems('---\n- title\n---\nТекст.\n')).toEqual(['content/a.mdx:2: поля статьи пишутся строками «имя: значение», например title: Заголовок.']);
  });

  it('reads an empty block as no fields', () => {
    expect(problems('---\n---\nТекст.\n')[0]).toBe('content/a.mdx:1: обязательное поле title не заполнено');
  });
});

describe('checkFrontmatter on characters a feed cannot carry', () => {
  it.each([
    ['\\0', 'U+0000'],
    ['\\b', 'U+0008'],
    ['\\e', 'U+001B'],
    ['\\v', 'U+000B'],
  ])('names an escaped %s in a field with its code point', (escape, code) => {
    expect(problems(file(set(0, `title: "Итоги${escape}года"`)))).toEqual([
      `content/a.mdx:2: в поле title невидимый управляющий знак ${code} (после «Итоги»): удалите его — с ним лента RSS не читается`,
    ]);
  });

  it('lets tabs, newlines, right-to-left marks and emoji through', () => {
    expect(problems(file(set(0, 'title: "Итоги\\tгода\\n\\u202Eи 🎉"')))).toEqual([]);
  });
});

describe('articleBody', () => {
  it('is the text after the frontmatter, with any line endings and a byte-order mark', () => {
    expect(articleBody('---\ntitle: А\n---\nТекст.\n')).toBe('Текст.\n');
    expect(articleBody('\uFEFF---\r\ntitle: А\r\n---\r\nТекст.')).toBe('Текст.');
    expect(articleBody('---\n---\nТекст.')).toBe('Текст.');
  });

  it('is the whole text when there is no frontmatter, and leaves a later rule of dashes alone', () => {
    expect(articleBody('Текст.\n\n---\n\nЕщё.')).toBe('Текст.\n\n---\n\nЕщё.');
    expect(articleBody('---\ntitle: А\n---\nРаз.\n\n---\n\nДва.')).toBe('Раз.\n\n---\n\nДва.');
  });
});

describe('checkFrontmatter on a block never closed', () => {
  const MESSAGE = 'блок полей открыт строкой --- в начале файла, но не закрыт: перед текстом, после полей (title: …), нужна ещё одна строка --- .';
  const problemOf = (text: string) => checkFrontmatter('content/a.mdx', text).problems.map(formatProblem);

  it('says the second --- is missing, at the line where the text begins', () => {
    expect(problemOf('---\ntitle: А\ndescription: >\n  Длинное\n\nПервый абзац.\n')).toEqual([`content/a.mdx:6: ${MESSAGE}`]);
    expect(problemOf('---\r\ntitle: А\r\nauthor: Б\r\nТекст сразу.')).toEqual([`content/a.mdx:4: ${MESSAGE}`]);
  });

  it('points past the end when the file is nothing but fields', () => {
    expect(problemOf('---\ntitle: А\n')).toEqual([`content/a.mdx:3: ${MESSAGE}`]);
    expect(problemOf('---\ntitle: А\n\n')).toEqual([`content/a.mdx:4: ${MESSAGE}`]);
  });

  it('reads past fields with a space before the colon, values indented by one space and lines of spaces', () => {
    expect(problemOf('---   \ntitle : А\ndescription: >\n Длинное\n   \nТекст.\n')).toEqual([`content/a.mdx:6: ${MESSAGE}`]);
  });

  it('is no open block when the --- is not the file’s first line', () => {
    expect(problemOf('Текст.\n---\ntitle: А\n')).toEqual([
      'content/a.mdx:1: нет блока с полями статьи в начале файла. Файл должен начинаться строкой --- , затем поля (title: …), затем снова --- .',
    ]);
  });
});
