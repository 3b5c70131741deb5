/** Words of running text; a hyphenated word (чего-то) counts once. */
const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** Strips what a reader never reads in an MDX source: ESM lines, JSX tags, expressions, link targets, markup. */
export function mdxToReadableText(source: string): string {
  return source
    .replace(/^(?:import|export)\s.*$/gm, ' ')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/\{[^{}]*\}/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ')
    .replace(/[#*_`>[\]]/g, ' ');
}

/** Minutes to read, rounded up, never less than one. */
export function readingMinutes(wordCount: number, wordsPerMinute: number): number {
  if (!(wordsPerMinute > 0)) throw new RangeError(`wordsPerMinute must be positive, got ${wordsPerMinute}`);
  return Math.max(1, Math.ceil(wordCount / wordsPerMinute));
}
