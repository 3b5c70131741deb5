import { queryWords } from './query.ts';

export interface ExcerptPart {
  text: string;
  /** A matched word, shown as <mark>. */
  marked: boolean;
}

/**
 * Pagefind's excerpt, «…text <mark>word</mark> text…», as plain text parts, so the page
 * builds it from text nodes and never parses markup it did not write. Pagefind escapes
 * only < and > in the text (an & stays as it is), so only those two are decoded; the space
 * before a dash and after a short word is made non-breaking again.
 */
/** The space after a word of one or two letters (after a space, an opening bracket or quote, or a mark's tag), before the next word. */
const SHORT_WORD_SPACE = /(?<=(?:^|[\s(«„">])\p{L}{1,2}(?:<\/mark>)?) (?=\S)/gu;

export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const decode = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
  const push = (text: string, marked: boolean) => {
    if (!text) return;
    // Pagefind marks the word with the punctuation it touches («<mark>сроках,</mark>»); the mark is the word's alone.
    const core = marked ? /^([^\p{L}\p{N}]*)(.*?[\p{L}\p{N}])([^\p{L}\p{N}]*)$/su.exec(text) : null;
    if (!core) {
      const last = parts.at(-1);
      if (last && !last.marked && !marked) last.text += decode(text);
      else parts.push({ text: decode(text), marked });
      return;
    }
    push(core[1]!, false);
    parts.push({ text: decode(core[2]!), marked: true });
    push(core[3]!, false);
  };
  // Pagefind folds the page's non-breaking spaces into plain ones: as on the page, a dash must still never
  // start a line, nor a word of one or two letters («в», «и», «на») end one, marked or not.
  let rest = excerpt.replace(/ —/g, '\u00a0—').replace(SHORT_WORD_SPACE, '\u00a0');
  for (;;) {
    const open = rest.indexOf('<mark>');
    if (open === -1) break;
    const close = rest.indexOf('</mark>', open);
    if (close === -1) break;
    push(rest.slice(0, open), false);
    push(rest.slice(open + '<mark>'.length, close), true);
    rest = rest.slice(close + '</mark>'.length);
  }
  push(rest, false);
  return parts;
}

/**
 * True when a result matched the query only through a word of one or two letters that
 * starts a longer query word: Pagefind, finding no word for «вдохновение», searches for the
 * longest indexed word that begins it, and in Russian that is «в» — in every article
 * (Pagefind issue #793). Such a result is no match for a reader. A short word the reader
 * typed («в», «о чём») still counts, and so does any excerpt without marks.
 */
export function matchedOnlyByShortPrefix(excerpts: readonly string[], query: string): boolean {
  const words = queryWords(query);
  const marked = excerpts.flatMap((excerpt) => excerptParts(excerpt).filter((part) => part.marked).flatMap((part) => queryWords(part.text)));
  if (marked.length === 0) return false;
  return marked.every((word) => word.length <= 2 && !words.includes(word) && words.some((typed) => typed.length > word.length && typed.startsWith(word)));
}
