import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateArticle, generatedIssuesYaml, mdxBody } from '../../../src/lib/content/generated-articles.ts';
import { checkIssuesFile, issueId } from '../../../src/lib/content/issues-file.ts';
import { articleSchema } from '../../../src/lib/content/article-schema.ts';
import { parse } from 'yaml';

const source = mdxBody(readFileSync(new URL('../../fixtures/sites/seed/content/poteryat-doverie-bossa.mdx', import.meta.url), 'utf8'));
const paragraphs = (text: string) => mdxBody(text).split(/\n{2,}/).filter((p) => !p.startsWith('#'));

describe('generateArticle', () => {
  it('is deterministic and about the size of a real article', () => {
    const article = generateArticle(source, 7);
    expect(generateArticle(source, 7)).toEqual(article);
    expect(Buffer.byteLength(article.content)).toBeGreaterThan(10_000);
    expect(article.fileName).toBe('statya-0007.mdx');
  });

  it('writes frontmatter the schema accepts', () => {
    const front = /^---\n([\s\S]*?)\n---/.exec(generateArticle(source, 12).content)![1]!;
    expect(articleSchema.safeParse(parse(front)).success).toBe(true);
  });

  it('shares no paragraph between two articles', () => {
    const a = new Set(paragraphs(generateArticle(source, 1).content));
    expect(paragraphs(generateArticle(source, 2).content).filter((p) => a.has(p))).toEqual([]);
  });

  it('spreads articles over 50 issues and 3 authors', () => {
    const fields = (field: string) => new Set(Array.from({ length: 150 }, (_, i) => new RegExp(`${field}: "([^"]+)"`).exec(generateArticle(source, i + 1).content)![1]));
    expect(fields('issue').size).toBe(50);
    expect([...fields('author')].sort()).toEqual(['Анна Генераторова', 'Бенчмарк', 'Пётр Тестов']);
  });

  it('describes every issue the articles name, in an issues file the checks accept', () => {
    const { problems, issues } = checkIssuesFile('content/issues.yaml', generatedIssuesYaml(), () => false);
    expect(problems).toEqual([]);
    expect(issues.map((issue) => issue.data.number)).toEqual(Array.from({ length: 50 }, (_, i) => 101 + i));
    expect(issues[0]!.data).toEqual({ number: 101, title: 'Выпуск 1', month: { year: 2020, month: 1 } });
    expect(issues[49]!.data).toEqual({ number: 150, title: 'Выпуск 50', month: { year: 2024, month: 2 } });
    const named = new Set(Array.from({ length: 100 }, (_, i) => issueId(/issue: "([^"]+)"/.exec(generateArticle(source, i + 1).content)![1]!)));
    expect([...named].filter((id) => !issues.some((issue) => issue.id === id))).toEqual([]);
  });
});

describe('generateArticle on a small source', () => {
  // Five paragraphs (trimmed; runs of blank lines count as one break; headings dropped).
  const small = '# Заголовок\n\n  Первый.  \n\nВторой.\n\n\n\nТретий.\n\n## Подзаголовок\n\nЧетвёртый.\n\nПятый.\n';

  it('starts article i at paragraph i mod the count, numbers every paragraph and spreads them over four sections', () => {
    expect(generateArticle(small, 7)).toEqual({
      fileName: 'statya-0007.mdx',
      content: [
        '---',
        'title: "Статья номер 7: как не потерять доверие"',
        'description: "Сгенерированная статья 7 для проверки сайта на большом числе статей."',
        'author: "Анна Генераторова"',
        'publication: "VA-11 HALL-A — НОВЕЛЛЬНЫЙ20!8"',
        'issue: "Выпуск 8"',
        'published: 2020-08-08',
        '---',
        '',
        '## Начало 7.1',
        '',
        'Заметка номер 7, раздел 1.',
        '',
        'Третий. Абзац 1 статьи 7.',
        '',
        'Четвёртый. Абзац 2 статьи 7.',
        '',
        '## Что пошло не так 7.2',
        '',
        'Заметка номер 7, раздел 2.',
        '',
        'Пятый. Абзац 3 статьи 7.',
        '',
        'Первый. Абзац 4 статьи 7.',
        '',
        '## Как это исправить 7.3',
        '',
        'Заметка номер 7, раздел 3.',
        '',
        'Второй. Абзац 5 статьи 7.',
        '',
        '## Итоги 7.4',
        '',
        'Заметка номер 7, раздел 4.',
        '',
      ].join('\n'),
    });
  });

  it('dates article i in month i mod 72 from January 2020, on day i mod 28, in issue i mod 50, by author i mod 3', () => {
    const front = (index: number) => generateArticle(small, index).content.split('\n').slice(3, 7).filter((line) => !line.startsWith('publication'));
    expect(front(100)).toEqual(['author: "Анна Генераторова"', 'issue: "Выпуск 1"', 'published: 2022-05-17']);
    expect(front(71)).toEqual(['author: "Пётр Тестов"', 'issue: "Выпуск 22"', 'published: 2025-12-16']);
    expect(front(72)).toEqual(['author: "Бенчмарк"', 'issue: "Выпуск 23"', 'published: 2020-01-17']);
    expect(front(49)).toEqual(['author: "Анна Генераторова"', 'issue: "Выпуск 50"', 'published: 2024-02-22']);
    expect(generateArticle(small, 100).fileName).toBe('statya-0100.mdx');
    expect(generateArticle(small, 12345).fileName).toBe('statya-12345.mdx');
  });

  it('starts at the first paragraph when i is a multiple of the count', () => {
    expect(generateArticle(small, 5).content).toContain('## Начало 5.1\n\nЗаметка номер 5, раздел 1.\n\nПервый. Абзац 1 статьи 5.\n\nВторой. Абзац 2 статьи 5.\n\n## Что');
  });
});

describe('mdxBody', () => {
  it('drops the frontmatter at the top of the file, up to its first closing line', () => {
    expect(mdxBody('---\ntitle: x\nauthor: y\n---\nТекст.\n\n---\n\nЕщё.\n')).toBe('Текст.\n\n---\n\nЕщё.\n');
  });

  it('leaves a file without frontmatter at the top as it is', () => {
    expect(mdxBody('Текст.\n---\ntitle: x\n---\nЕщё.\n')).toBe('Текст.\n---\ntitle: x\n---\nЕщё.\n');
    expect(mdxBody('Только текст.')).toBe('Только текст.');
  });
});
