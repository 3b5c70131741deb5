import { z } from 'astro/zod';
import { parsePublishedDate } from './published-date.ts';
import { requireCoverAlt, textField } from './schema-fields.ts';

export const ISSUE_FIELDS = ['number', 'title', 'month', 'description', 'cover', 'coverAlt'] as const;

/** Longer than an article's description: an issue's is an editor's note, shown only on the issue page and the archive. */
export const ISSUE_DESCRIPTION_MAX_LENGTH = 400;

const MONTH_FORMAT = 'ГГГГ-ММ, например 2025-04';

// YAML reads an unquoted 2025-04-15 as a date: still the editor's month with a day too many, not a type error.
const monthField = z
  .union([z.string(), z.date()], { error: (issue) => (issue.input === undefined ? `обязательное поле month не заполнено; формат: ${MONTH_FORMAT}` : `month должно быть месяцем в виде ${MONTH_FORMAT}`) })
  .transform((value, ctx) => {
    const result = parsePublishedDate(value);
    if (result.ok && result.date.day === undefined) return result.date;
    ctx.addIssue({ code: 'custom', message: result.ok ? `month — это месяц выпуска без дня: ${MONTH_FORMAT}` : result.error.replace(/ожидается .*$/, `ожидается ${MONTH_FORMAT}`) });
    return z.NEVER;
  });

/** One issue of the magazine, as an entry of content/issues.yaml. */
export function makeIssueSchema<Cover extends z.ZodType>(cover: Cover) {
  return z
    .strictObject(
      {
        number: z
          .number({ error: (issue) => (issue.input === undefined ? 'обязательное поле number не заполнено: номер выпуска' : 'number должно быть числом без кавычек: номер выпуска') })
          .int('number должно быть целым числом')
          .positive('number начинается с 1'),
        title: textField('title'),
        month: monthField,
        description: textField('description')
          .max(ISSUE_DESCRIPTION_MAX_LENGTH, {
            error: (issue) => `description длиннее ${ISSUE_DESCRIPTION_MAX_LENGTH} знаков (${String(issue.input).length}): сократите`,
          })
          .optional(),
        cover: cover.optional(),
        coverAlt: textField('coverAlt').optional(),
      },
      {
        error: (issue) =>
          issue.code === 'unrecognized_keys' ? `неизвестное поле ${issue.keys.join(', ')} — опечатка? Допустимые поля: ${ISSUE_FIELDS.join(', ')}` : undefined,
      },
    )
    .superRefine(requireCoverAlt);
}

/** The fields as the content checks read them: the cover is a path, checked against content/. */
export const issueSchema = makeIssueSchema(textField('cover'));

export type IssueData = z.output<typeof issueSchema>;
