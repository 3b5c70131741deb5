import { z } from 'astro/zod';
import { PUBLISHED_DATE_FORMAT, parsePublishedDate } from './published-date.ts';

// Field types shared by the articles' frontmatter and content/issues.yaml, with messages in the editors' words.

export const dateField = (field: string) =>
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
const FORBIDDEN_CHARACTER =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

export const textField = (field: string) =>
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

/** A picture and its description travel together: a cover nobody can describe is not published, nor a description without a picture. */
export function requireCoverAlt(data: { cover?: unknown; coverAlt?: string | undefined }, ctx: z.RefinementCtx): void {
  if (data.cover !== undefined && data.coverAlt === undefined) {
    ctx.addIssue({ code: 'custom', path: ['coverAlt'], message: 'у обложки нет описания: добавьте поле coverAlt — что на картинке, для тех, кто её не видит' });
  }
  if (data.cover === undefined && data.coverAlt !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['coverAlt'], message: 'coverAlt без cover: добавьте картинку (cover: ./имя-файла.jpg) или уберите coverAlt' });
  }
}
