import type { CheerioAPI } from 'cheerio';
import { markdownToMdast, mdxToMdast } from 'satteri';

/**
 * Words as a reader tells them apart: letters and digits, with hyphen-joined parts
 * kept as one word («что-либо» is one word, «что либо» two), case and ё/е folded.
 * Spaces, quotes and dashes, which typography may change, are not words.
 */
export function wordsOf(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/ё/g, 'е')
      .replace(/[\u2010\u2011]/g, '-')
      .match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? []
  );
}

interface Node {
  type: string;
  name?: string | null;
  value?: string;
  title?: string | null;
  children?: Node[];
}

const BLOCKS = new Set(['paragraph', 'heading', 'listItem', 'tableCell', 'blockquote', 'code', 'mdxJsxFlowElement', 'footnoteDefinition', 'thematicBreak']);

/** The text an article's source shows readers, main text and footnotes apart, as the editor wrote it. */
export function sourceText(source: string, isMdx: boolean): { main: string; notes: string } {
  const tree = (isMdx ? mdxToMdast(source) : markdownToMdast(source)) as unknown as Node;
  const out = { main: '', notes: '' };
  const visit = (node: Node, target: 'main' | 'notes') => {
    if (['yaml', 'toml', 'mdxjsEsm', 'footnoteReference', 'html', 'mdxFlowExpression', 'mdxTextExpression'].includes(node.type)) return;
    const into = node.type === 'footnoteDefinition' ? 'notes' : target;
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') out[into] += node.value ?? '';
    // A picture's title is the author's caption: the page shows it under the picture.
    if (node.type === 'image' && node.title) out[into] += `\n${node.title}\n`;
    for (const child of node.children ?? []) visit(child, into);
    if (BLOCKS.has(node.type)) out[into] += '\n';
  };
  visit(tree, 'main');
  return out;
}

/** What the build adds around the author's words: anchors, component labels and captions, footnote marks. */
const CHROME = ['.heading__anchor', '.aside__title', 'figure.quote > figcaption', 'sup:has(> a[data-footnote-ref])', '[data-footnote-backref]', '.footnotes__title'];
const BLOCK_ELEMENTS = 'p, h1, h2, h3, h4, h5, h6, li, td, th, blockquote, pre, figcaption, div, section';

/** The text of a rendered article body, main text and footnotes apart, without what the build adds. */
export function renderedText($: CheerioAPI, proseSelector = '.prose'): { main: string; notes: string } {
  const prose = $(proseSelector).first().clone();
  prose.find(CHROME.join(', ')).remove();
  // Blocks end a word even when no space stands between them in the HTML.
  prose.find(BLOCK_ELEMENTS).append('\n');
  const notes = prose.find('section.footnotes');
  const notesText = notes.text();
  notes.remove();
  return { main: prose.text(), notes: notesText };
}

/** Where two word sequences first part, with a little context, or undefined when they are equal. */
export function firstDifference(expected: readonly string[], actual: readonly string[]): string | undefined {
  const length = Math.max(expected.length, actual.length);
  for (let i = 0; i < length; i++) {
    if (expected[i] !== actual[i]) {
      const around = (words: readonly string[]) => words.slice(Math.max(0, i - 4), i + 4).join(' ');
      return `word ${i + 1}: source «${around(expected)}» but page «${around(actual)}»`;
    }
  }
  return undefined;
}
