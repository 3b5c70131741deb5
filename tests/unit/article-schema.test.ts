import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/lib/article-schema.ts';

const valid = {
  title: 'Заголовок',
  description: 'Одно предложение.',
  author: 'Anonim',
  publication: 'VA-11 HALL-A — НОВЕЛЛЬНЫЙ20!8',
  issue: 'Второй выпуск',
  published: '2025-04',
};

const messages = (input: unknown) => {
  const result = articleSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('articleSchema', () => {
  it('accepts a valid article and defaults draft to false', () => {
    const result = articleSchema.parse(valid);
    expect(result.draft).toBe(false);
    expect(result.published).toEqual({ year: 2025, month: 4 });
  });

  it('rejects an unknown field such as a typo', () => {
    expect(messages({ ...valid, titel: 'x' }).join('\n')).toContain('titel');
  });

  it('rejects a missing required field', () => {
    const { author: _author, ...rest } = valid;
    expect(messages(rest).join('\n')).toMatch(/^author:/m);
  });

  it('rejects an empty title', () => {
    expect(messages({ ...valid, title: '  ' }).join('\n')).toContain('title: пустая строка');
  });

  it('explains a bad date with the expected form', () => {
    expect(messages({ ...valid, published: '15.04.2025' }).join('\n')).toContain('ГГГГ-ММ');
  });

  it('rejects a draft flag that is not a boolean', () => {
    expect(messages({ ...valid, draft: 'yes' }).join('\n')).toMatch(/^draft:/m);
  });
});
