import { describe, expect, it } from 'vitest';
import { clashingFile, latestIssue, newArticle } from '../../../src/lib/content/new-article.ts';
import { articleSchema } from '../../../src/lib/content/article-schema.ts';

const defaults = { publication: 'VA-11 HALL-A — НОВЕЛЛЬНЫЙ20!8', issue: 'Третий выпуск', author: 'Имя автора' };

const frontmatterOf = (content: string) => {
  const block = /^---\n([\s\S]*?)\n---/.exec(content)![1]!;
  return Object.fromEntries(block.split('\n').map((line) => {
    const [key, ...rest] = line.split(': ');
    const raw = rest.join(': ');
    return [key, raw.startsWith('"') ? JSON.parse(raw) : raw === 'true' ? true : raw];
  }));
};

describe('newArticle', () => {
  it('names the file by the transliterated title', () => {
    expect(newArticle('Как «не» потерять доверие?', '2026-11-27', defaults).path).toBe('content/kak-ne-poteryat-doverie.mdx');
  });

  it('writes frontmatter the schema accepts, dated today and marked as a draft', () => {
    const { content } = newArticle('Новая статья', '2026-11-27', defaults);
    const data = articleSchema.parse(frontmatterOf(content));
    expect(data).toMatchObject({ title: 'Новая статья', draft: true, published: { year: 2026, month: 11, day: 27 }, issue: 'Третий выпуск' });
    expect(content).toContain('\n## Первый раздел\n');
  });

  it('keeps quotes and colons in a title valid YAML', () => {
    const { content } = newArticle('Вопрос: "что дальше"', '2026-11-27', defaults);
    expect(articleSchema.parse(frontmatterOf(content)).title).toBe('Вопрос: "что дальше"');
  });

  it('refuses an empty title', () => {
    expect(() => newArticle('  «» ', '2026-11-27', defaults)).toThrow(/Нужен заголовок/);
  });
});

describe('clashingFile', () => {
  it('finds a file with the same address under another name or folder', () => {
    expect(clashingFile('content/itogi.mdx', ['content/2025/Итоги.mdx', 'content/x.png'])).toBe('content/2025/Итоги.mdx');
    expect(clashingFile('content/novoe.mdx', ['content/staroe.mdx'])).toBeUndefined();
  });
});

describe('latestIssue', () => {
  it('takes the issue of the newest article', () => {
    expect(latestIssue(['---\nissue: Второй выпуск\npublished: 2025-04\n---', '---\nissue: "Третий выпуск"\npublished: 2025-05-02\n---'])).toBe('Третий выпуск');
    expect(latestIssue([])).toBeUndefined();
  });
});
