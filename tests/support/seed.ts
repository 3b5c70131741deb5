import { readFileSync } from 'node:fs';

const SEED = new URL('../fixtures/seed-article.txt', import.meta.url);

/** The article body of the scraped seed: everything after the page chrome, which ends with the author line. */
export function seedBody(): string {
  const lines = readFileSync(SEED, 'utf8').split('\n');
  const authorLine = lines.findIndex((line) => line.trim() === 'Anonim');
  if (authorLine < 0) throw new Error('seed-article.txt: author line «Anonim» not found');
  return lines.slice(authorLine + 1).join('\n');
}
