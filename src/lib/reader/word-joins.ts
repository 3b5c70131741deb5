/**
 * A «!» or «?» inside a word («НОВЕЛЛЬНЫЙ20!8») is a place where browsers may break the line,
 * which splits the word in two on a narrow screen. A word joiner (U+2060, invisible, ignored by
 * screen readers) after it takes that chance away; `overflow-wrap` can still break a word too long
 * for its line.
 */
export function keepWordsWhole(text: string): string {
  return text.replace(/(?<=[\p{L}\p{N}][!?]+)(?=[\p{L}\p{N}])/gu, '\u2060');
}
