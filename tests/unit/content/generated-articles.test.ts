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
