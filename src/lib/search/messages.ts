import { pluralRu, type PluralForms } from '../reader/plural-ru.ts';

/**
 * What the search page says, handed from the page's HTML to its script (src/ui-strings.ts
 * stays on the server: bundling it would send every interface string to the reader).
 * `{n}` stands for a number, `{q}` for the query.
 */
export interface SearchMessages {
  found: PluralForms;
  nothing: string;
  failed: string;
  sections: string;
}

/** «Нашлось 5 статей по запросу «доверие»». */
export function foundMessage(messages: Pick<SearchMessages, 'found'>, count: number, query: string): string {
  return fill(pluralRu(count, messages.found), count, query);
}

/** A message with its number and query put in. */
export function fill(template: string, count: number, query: string): string {
  return template.replace(/\{n\}/g, String(count)).replace(/\{q\}/g, () => query);
}
