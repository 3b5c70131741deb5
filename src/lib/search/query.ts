/** A query as the reader typed it, made safe to search and to put in the address: no surrounding or repeated spaces. */
export function normaliseQuery(raw: string | null | undefined): string {
  return (raw ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH);
}

/** Longer than any phrase worth searching for; keeps a pasted page from becoming a query. */
export const MAX_QUERY_LENGTH = 200;

/** The letters of a word as a Russian reader compares them: lower case, ё as е. */
export function foldWord(word: string): string {
  return word.toLowerCase().replace(/ё/g, 'е');
}

/** The words of a query, folded. */
export function queryWords(query: string): string[] {
  return (query.match(/[\p{L}\p{N}]+/gu) ?? []).map(foldWord);
}

/**
 * The query as Pagefind should get it. Pagefind reads й as и with a mark and drops the mark
 * (the step that lets «надежный» find «надёжный»), so its Russian stemmer sees «новыи» and
 * keeps «новы» as the stem of «новый», while «новых», «новая», «новое» have «нов»: the
 * dictionary form a reader types would find only itself. Without its -ый, -ий or -ой, the
 * word is the stem of every form, and Pagefind matches a stem as the beginning of words.
 * A word of four letters or fewer keeps its ending («мой», «свой», «злой»); an exact
 * phrase in quotes is left as typed.
 */
export function pagefindTerm(query: string): string {
  if (/^".+"$/.test(query)) return query;
  return query.replace(/(?<=\p{L}{3})[ыио]й(?!\p{L})/giu, '');
}
