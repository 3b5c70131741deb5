/**
 * Distinct articles of real length for benchmarks and scale tests: the paragraphs
 * of a source article in a different order for each number, each paragraph with
 * numbered sentences, spread over dates and issues. Deterministic: article i is always the same.
 */
export interface GeneratedArticle {
  fileName: string;
  content: string;
}

export function generateArticle(source: string, index: number): GeneratedArticle {
  const paragraphs = source.split(/\n{2,}/).map((p) => p.trim()).filter((p) => p && !p.startsWith('#'));
  const headings = ['Начало', 'Что пошло не так', 'Как это исправить', 'Итоги'];
  const rotate = index % paragraphs.length;
  // Every paragraph carries its own numbers, so no two articles share a paragraph
  // (a cache keyed by paragraph text must not flatter the benchmark).
  const ordered = [...paragraphs.slice(rotate), ...paragraphs.slice(0, rotate)].map((p, k) => `${p} Абзац ${k + 1} статьи ${index}.`);
  const perSection = Math.ceil(ordered.length / headings.length);
  const body = headings
    .map((heading, s) => {
      const part = ordered.slice(s * perSection, (s + 1) * perSection);
      return [`## ${heading} ${index}.${s + 1}`, `Заметка номер ${index}, раздел ${s + 1}.`, ...part].join('\n\n');
    })
    .join('\n\n');
  const month = (index % 72) + 1;
  const published = `${2020 + Math.floor((month - 1) / 12)}-${String(((month - 1) % 12) + 1).padStart(2, '0')}-${String((index % 28) + 1).padStart(2, '0')}`;
  const content = [
    '---',
    `title: "Статья номер ${index}: как не потерять доверие"`,
    `description: "Сгенерированная статья ${index} для проверки сайта на большом числе статей."`,
    'author: "Бенчмарк"',
    'publication: "VA-11 HALL-A — НОВЕЛЛЬНЫЙ20!8"',
    `issue: "Выпуск ${(index % 12) + 1}"`,
    `published: ${published}`,
    '---',
    '',
    body,
    '',
  ].join('\n');
  return { fileName: `statya-${String(index).padStart(4, '0')}.mdx`, content };
}

/** The body of an MDX file: everything after its frontmatter. */
export function mdxBody(text: string): string {
  return text.replace(/^---\n[\s\S]*?\n---\n/, '');
}
