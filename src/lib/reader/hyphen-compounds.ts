/** A part of a text: a compound that must stay on one line, or text that may break anywhere it normally does. */
export interface TextRun {
  text: string;
  whole: boolean;
}

/** A hyphenated compound (no spaces): «во-первых», «HALL-A», «VA-11». */
const COMPOUND = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu;
/** Up to this many letters or digits, a part may not be left alone at a line's end or start. */
const SHORT_PART = 2;

/**
 * Splits a text so that compounds with a short part («из-за», «кто-то», «HALL-A») can be kept on
 * one line: a browser breaks after any hyphen, which strands «A» or «то» on a line of its own, as
 * Russian typesetting never does. Long compounds («Санкт-Петербург») may still break at the hyphen.
 */
export function shortHyphenCompounds(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let last = 0;
  for (const match of text.matchAll(COMPOUND)) {
    if (!match[0].split('-').some((part) => part.length <= SHORT_PART)) continue;
    if (match.index > last) runs.push({ text: text.slice(last, match.index), whole: false });
    runs.push({ text: match[0], whole: true });
    last = match.index + match[0].length;
  }
  if (last < text.length || runs.length === 0) runs.push({ text: text.slice(last), whole: false });
  return runs;
}
