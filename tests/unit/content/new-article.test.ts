import { describe, expect, it } from 'vitest';
import { clashingFile, latestIssue, newArticle, oldIssueHint } from '../../../src/lib/content/new-article.ts';
import { checkFrontmatter } from '../../../src/lib/content/frontmatter-checks.ts';

const defaults = { publication: 'VA-11 HALL-A — НОВЕЛЛЬНЫЙ20!8', issue: 'Третий выпуск', author: 'Имя автора' };

/** The fields as the build reads them: real YAML (js-yaml, as Astro), then the schema. */
const fieldsOf = (content: string) => {
  const result = checkFrontmatter('content/new.mdx', content);
  expect(result.problems).toEqual([]);
  return result.data!;
};

describe('newArticle', () => {
  it('names the file by the transliterated title', () => {
    expect(newArticle('Как «не» потерять доверие?', '2026-11-27', defaults).path).toBe('content/kak-ne-poteryat-doverie.mdx');
  });

  it('writes frontmatter the schema accepts, dated today and marked as a draft', () => {
    const { content } = newArticle('Новая статья', '2026-11-27', defaults);
    const data = fieldsOf(content);
    expect(data).toMatchObject({ title: 'Новая статья', draft: true, published: { year: 2026, month: 11, day: 27 }, issue: 'Третий выпуск' });
    expect(content).toContain('\n## Первый раздел\n');
  });

  it('keeps quotes and colons in a title valid YAML', () => {
    const { content } = newArticle('Вопрос: "что дальше"', '2026-11-27', defaults);
    expect(fieldsOf(content).title).toBe('Вопрос: "что дальше"');
    expect(fieldsOf(newArticle("#1: «Итоги» — 'да' & {нет}", '2026-11-27', defaults).content).title).toBe("#1: «Итоги» — 'да' & {нет}");
  });

  it('refuses an empty title', () => {
    expect(() => newArticle('  «» ', '2026-11-27', defaults)).toThrow(/Нужен заголовок/);
    for (const option of ['--help', '-h', ' --version ']) {
      expect(() => newArticle(option, '2026-11-27', defaults), option).toThrow(`«${option.trim()}» похоже на ключ команды, а не на заголовок. Ничего не создано. Запуск: npm run new -- "Заголовок статьи"`);
    }
    expect(newArticle('«-20 %» и другие цены', '2026-11-27', defaults).path).toMatch(/^content\/.+\.mdx$/);
  });

  it('writes this file, with the title on one line and placeholders for the editor to replace', () => {
    expect(newArticle('  Новая \t статья\n ', '2026-11-27', { publication: 'Журнал', issue: 'Третий выпуск', author: 'Автор' })).toEqual({
      path: 'content/novaya-statya.mdx',
      content: [
        '---',
        'title: "Новая статья"',
        'description: "Одно предложение о статье — для главной страницы, поиска и соцсетей."',
        'author: "Автор"',
        'publication: "Журнал"',
        'issue: "Третий выпуск"',
        'published: 2026-11-27',
        'draft: true',
        '---',
        '',
        'Первый абзац статьи.',
        '',
        '## Первый раздел',
        '',
        'Текст раздела.',
        '',
      ].join('\n'),
    });
  });

  it('refuses a date that is not exactly YYYY-MM-DD', () => {
    for (const today of ['27.11.2026', '2026-11-27T10:00', 'x2026-11-27', '2026-11']) {
      expect(() => newArticle('Статья', today, defaults), today).toThrow(`today must be YYYY-MM-DD, got ${today}`);
    }
  });
});

describe('clashingFile', () => {
  it('finds a file with the same address under another name or folder', () => {
    expect(clashingFile('content/itogi.mdx', ['content/2025/Итоги.mdx', 'content/x.png'])).toBe('content/2025/Итоги.mdx');
    expect(clashingFile('content/novoe.mdx', ['content/staroe.mdx'])).toBeUndefined();
  });

  it('counts .md files as articles, and no other file whose name transliterates the same', () => {
    expect(clashingFile('content/itogi.mdx', ['content/Итоги.md'])).toBe('content/Итоги.md');
    expect(clashingFile('content/itogi-md-png.mdx', ['content/itogi.md.png'])).toBeUndefined();
    expect(clashingFile('content/itogi-png.mdx', ['content/itogi.png'])).toBeUndefined();
  });
});

describe('latestIssue', () => {
  it('takes the issue with the highest number from the issues file, wherever it stands in the list', () => {
    const yaml = '- number: 3\n  title: Третий выпуск\n  month: 2025-05\n- number: 10\n  title: Десятый выпуск\n  month: 2026-01\n- number: 4\n  title: Четвёртый выпуск\n  month: 2025-06\n';
    expect(latestIssue(yaml)).toBe('Десятый выпуск');
  });

  it('has none without an issues file or with a file that does not read', () => {
    expect(latestIssue(undefined)).toBeUndefined();
    expect(latestIssue('- title: "Без кавычки\n')).toBeUndefined();
  });

  it('reads quoted titles and comments as YAML has them', () => {
    expect(latestIssue("- number: 2 # летний\n  title: 'Летний выпуск'\n  month: \"2025-06\"\n")).toBe('Летний выпуск');
  });

  it('skips an issue the checks would reject, whatever its number', () => {
    expect(latestIssue('- number: 9\n  title: Без месяца\n- number: 2\n  title: Второй выпуск\n  month: 2025-04\n')).toBe('Второй выпуск');
  });
});

describe('oldIssueHint', () => {
  const yaml = '- number: 3\n  title: Третий выпуск\n  month: 2025-05\n- number: 10\n  title: Десятый выпуск\n  month: 2026-01\n- number: 4\n  title: Четвёртый выпуск\n  month: 2025-06\n';

  it('says the article went into an issue of an earlier month, and how to start a new one', () => {
    expect(oldIssueHint(yaml, '2026-02-01')).toBe(
      'Статья записана в последний выпуск, «Десятый выпуск» (2026-01). Если она для нового выпуска, добавьте его в content/issues.yaml и впишите его название в issue: (docs/editing.md, раздел 4а).',
    );
  });

  it('says nothing in the latest issue’s month or before it, or without issues', () => {
    expect(oldIssueHint(yaml, '2026-01-31')).toBeUndefined();
    expect(oldIssueHint(yaml, '2025-12-31')).toBeUndefined();
    expect(oldIssueHint(undefined, '2026-02-01')).toBeUndefined();
  });
});
