import { z } from 'astro/zod';
import { parsePublishedDate } from './published-date.ts';

const publishedDate = z.union([z.string(), z.date()]).transform((value, ctx) => {
  const result = parsePublishedDate(value);
  if (result.ok) return result.date;
  ctx.addIssue({ code: 'custom', message: result.error });
  return z.NEVER;
});

const line = (what: string) => z.string().trim().min(1, `${what}: пустая строка`);

/** Frontmatter of an article in content/. Unknown fields are an error, so a typo is caught. */
export const articleSchema = z
  .strictObject({
    title: line('title').describe('Заголовок статьи, как в h1.'),
    description: line('description').describe('Одно предложение о статье: для главной, поиска и соцсетей.'),
    author: line('author').describe('Имя автора, как в подписи.'),
    publication: line('publication').describe('Издание, в котором вышла статья.'),
    issue: line('issue').describe('Выпуск издания, например «Второй выпуск».'),
    published: publishedDate.describe('Дата публикации: 2025-04, если известен только месяц, или 2025-04-15.'),
    draft: z.boolean().default(false).describe('true — черновик: виден в npm run dev, в сборку не попадает.'),
  });

export type ArticleData = z.output<typeof articleSchema>;
