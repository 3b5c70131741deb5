/**
 * Distinct articles of real length for benchmarks and scale tests: the paragraphs
 * of a source article in a different order for each number, each paragraph with
 * numbered sentences, spread over dates and issues. Deterministic: article i is always the same.
 */
export interface GeneratedArticle {
  fileName: string;
  content: string;
}

/** Issues the generated articles are spread over: 50, as a magazine's archive of several years. */
export const GENERATED_ISSUES = 50;
/** Authors the generated articles are spread over, so author pages get long lists. */
export const GENERATED_AUTHORS = ['Бенчмарк', 'Анна Генераторова', 'Пётр Тестов'] as const;

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
    `author: "${GENERATED_AUTHORS[index % GENERATED_AUTHORS.length]}"`,
    'publication: "VA-11 HALL-A — НОВЕЛЛЬНЫЙ20!8"',
    `issue: "Выпуск ${(index % GENERATED_ISSUES) + 1}"`,
    `published: ${published}`,
    '---',
    '',
    body,
    '',
  ].join('\n');
  return { fileName: `statya-${String(index).padStart(4, '0')}.mdx`, content };
}

/**
 * The entries of content/issues.yaml for the generated articles' issues, to append
 * to a file that may hold others: numbered from 101 so they never take another's number.
 */
export function generatedIssuesYaml(count: number = GENERATED_ISSUES): string {
  return Array.from({ length: count }, (_, i) => {
    const month = `${2020 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
    return `- number: ${101 + i}\n  title: "Выпуск ${i + 1}"\n  month: ${month}\n`;
  }).join('');
}

/** The body of an MDX file: everything after its frontmatter. */
export function mdxBody(text: string): string {
  return text.replace(/^---\n[\s\S]*?\n---\n/, '');
}
