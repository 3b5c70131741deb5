import { z } from 'astro/zod';
import { PUBLISHED_DATE_FORMAT, parsePublishedDate } from './published-date.ts';

const dateField = (field: string) =>
  z
    .union([z.string(), z.date()], {
      error: (issue) =>
        issue.input === undefined
          ? `обязательное поле ${field} не заполнено; формат: ${PUBLISHED_DATE_FORMAT}`
          : `${field} должно быть датой в виде ${PUBLISHED_DATE_FORMAT}`,
    })
    .transform((value, ctx) => {
      const result = parsePublishedDate(value);
      if (result.ok) return result.date;
      ctx.addIssue({ code: 'custom', message: result.error });
      return z.NEVER;
    });

/** What YAML made of an unquoted value, in the editor's words. */
function describeValue(value: unknown): string {
  if (value instanceof Date) return 'дата';
  if (typeof value === 'number') return 'число';
  if (typeof value === 'boolean') return 'true/false';
  if (Array.isArray(value)) return 'список';
  return value === null ? 'пустое значение' : 'вложенные поля';
}

/** Characters XML 1.0 forbids (C0 controls but tab and newlines, U+FFFE/FFFF, lone surrogates), and C1 controls: never meant, invisible, and one makes the whole feed unreadable. */
const FORBIDDEN_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

const textField = (field: string) =>
  z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? `обязательное поле ${field} не заполнено`
          : `${field} должно быть текстом, а здесь ${describeValue(issue.input)}; возьмите значение в кавычки`,
    })
    .trim()
    .min(1, `${field}: пустая строка`)
    .superRefine((value, ctx) => {
      const found = FORBIDDEN_CHARACTER.exec(value);
      if (found) {
        ctx.addIssue({
          code: 'custom',
          message: `в поле ${field} невидимый управляющий знак ${codePoint(found[0])} (после «${value.slice(Math.max(0, found.index - 10), found.index)}»): удалите его — с ним лента RSS не читается`,
        });
      }
    });

/** Search engines cut snippets near here, and cards and the front page show it whole. */
export const DESCRIPTION_MAX_LENGTH = 200;

export const ARTICLE_FIELDS = ['title', 'description', 'author', 'publication', 'issue', 'published', 'updated', 'draft'] as const;

/** Frontmatter of an article in content/. Unknown fields are an error, so a typo is caught. */
export const articleSchema = z.strictObject(
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
    issue: textField('issue').describe('Выпуск издания, например «Второй выпуск».'),
    published: dateField('published').describe('Дата публикации: 2025-04, если известен только месяц, или 2025-04-15.'),
    updated: dateField('updated').optional().describe('Дата обновления, если статью правили после выхода; показывается как «обновлено …».'),
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
);

export type ArticleData = z.output<typeof articleSchema>;
