const rules = new Intl.PluralRules('ru-RU');

/** Russian plural forms: one (1, 21 минута), few (2–4, 22 минуты), many (5–20, 25 минут). */
export type PluralForms = readonly [one: string, few: string, many: string];

export function pluralRu(count: number, [one, few, many]: PluralForms): string {
  switch (rules.select(count)) {
    case 'one':
      return one;
    case 'few':
      return few;
    default:
      return many;
  }
}
