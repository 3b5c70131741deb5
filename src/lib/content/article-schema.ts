import { z } from 'astro/zod';
import { dateField, requireCoverAlt, textField } from './schema-fields.ts';

/** Search engines cut snippets near here, and cards and the front page show it whole. */
export const DESCRIPTION_MAX_LENGTH = 200;

export const ARTICLE_FIELDS = [
  'title',
  'description',
  'author',
  'publication',
  'issue',
  'order',
  'published',
  'updated',
  'cover',
  'coverAlt',
  'draft',
] as const;

/** What an article's fields become beyond plain text: Astro turns the cover into an optimised image and the issue into a reference. */
export interface ArticleSchemaParts<Cover extends z.ZodType, Issue extends z.ZodType> {
  /** The cover field: a path (`./oblozhka.jpg`) for the checks, an image for Astro. */
  cover: Cover;
  /** The issue field: its title for the checks, a reference for Astro. */
  issue: Issue;
}

/** Frontmatter of an article in content/. Unknown fields are an error, so a typo is caught. */
export function makeArticleSchema<Cover extends z.ZodType, Issue extends z.ZodType>({ cover, issue }: ArticleSchemaParts<Cover, Issue>) {
  return z
    .strictObject(
      {
        title: textField('title').describe('Заголовок статьи, как в h1.'),
        description: textField('description')
          .max(DESCRIPTION_MAX_LENGTH, {
            error: (issue) =>
              `description длиннее ${DESCRIPTION_MAX_LENGTH} знаков (${String(issue.input).length}): поиск и карточки обрежут его. Оставьте одно предложение`,
          })
          .describe('Одно предложение о статье: для главной, поиска и соцсетей.'),
        author: textField('author').describe('Имя автора, как в подписи.'),
        publication: textField('publication').describe('Издание, в котором вышла статья.'),
        issue: issue.describe('Выпуск: название из content/issues.yaml, например «Второй выпуск».'),
        order: z
          .number({ error: 'order должно быть целым числом без кавычек: место статьи в выпуске (1, 2, 3…)' })
          .int('order должно быть целым числом: место статьи в выпуске (1, 2, 3…)')
          .positive('order начинается с 1: место статьи в выпуске')
          .optional()
          .describe('Место статьи в выпуске: 1 — первая. Без него статья идёт после пронумерованных, по дате.'),
        published: dateField('published').describe('Дата публикации: 2025-04, если известен только месяц, или 2025-04-15.'),
        updated: dateField('updated').optional().describe('Дата обновления, если статью правили после выхода; показывается как «обновлено …».'),
        cover: cover.optional().describe('Обложка: картинка рядом со статьёй, например ./oblozhka.jpg.'),
        coverAlt: textField('coverAlt').optional().describe('Что на обложке, одной фразой — для тех, кто её не видит.'),
        draft: z
          .boolean({ error: 'draft должно быть true или false (без кавычек)' })
          .default(false)
          .describe('true — черновик: виден в npm run dev, в сборку не попадает.'),
      },
      {
        error: (issue) =>
          issue.code === 'unrecognized_keys'
            ? `неизвестное поле ${issue.keys.join(', ')} — опечатка? Допустимые поля: ${ARTICLE_FIELDS.join(', ')}`
            : undefined,
      },
    )
    .superRefine(requireCoverAlt);
}

/** The fields as the content checks read them: the cover is a path and the issue its title, both checked against content/. */
export const articleSchema = makeArticleSchema({ cover: textField('cover'), issue: textField('issue') });

export type ArticleData = z.output<typeof articleSchema>;
