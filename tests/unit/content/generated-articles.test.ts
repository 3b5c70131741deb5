import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateArticle, mdxBody } from '../../../src/lib/content/generated-articles.ts';
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

  it('spreads articles over dates and issues', () => {
    const issues = new Set(Array.from({ length: 24 }, (_, i) => /issue: "([^"]+)"/.exec(generateArticle(source, i + 1).content)![1]));
    expect(issues.size).toBe(12);
  });
});
