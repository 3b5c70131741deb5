// Typesets the articles' text ahead of the build, in a process of its own: run by the build
// (src/lib/integrations/typeset-ahead-integration.ts) as soon as the content checks have read
// the articles. Astro's compile is single-threaded and Typograf is the largest part of ours;
// here each file is parsed (no compile) and its texts typeset on the other core, and every
// text goes to the build as a memo line, so the compile finds most paragraphs already set.
// Input on stdin: { files: absolute paths, memoFile }. Output: memo lines, one per text.
import { readFileSync } from 'node:fs';
import { text } from 'node:stream/consumers';
import { markdownToHast, mdxToHast } from 'satteri';
import { ARTICLE_FEATURES } from '../lib/markdown/article-pipeline.ts';
import { typesetTexts } from '../lib/markdown/typography-plugin.ts';
import { collectNewTypesetLines, importTypesetMemo } from '../lib/markdown/typography.ts';
import { articleBody } from '../lib/content/frontmatter-checks.ts';

const { files, memoFile } = JSON.parse(await text(process.stdin)) as { files: string[]; memoFile: string };
try {
  // What an earlier build typeset, the build has already: only new texts are worth sending.
  importTypesetMemo(readFileSync(memoFile, 'utf8'));
} catch {
  // no memo yet
}
const drain = collectNewTypesetLines();
const options = { features: ARTICLE_FEATURES, position: false };
// From the last file back: the compile goes from the first on, so the two meet in the middle
// instead of typesetting the same files side by side.
for (const file of [...files].reverse()) {
  const body = articleBody(readFileSync(file, 'utf8'));
  try {
    typesetTexts(file.endsWith('.md') ? markdownToHast(body, options) : mdxToHast(body, options));
  } catch {
    // The build reports a file it cannot compile; here it only goes untypeset.
  }
  const lines = drain();
  // One write per article, whole lines only, so the build never reads half a line.
  if (lines.length > 0 && !process.stdout.write(lines.join(''))) await new Promise((resolve) => process.stdout.once('drain', resolve));
}
