import yaml from 'js-yaml';
import { articleSchema, type ArticleData } from './article-schema.ts';
import { PUBLISHED_DATE_FORMAT, parsePublishedDate } from './published-date.ts';
import { PLACEHOLDERS } from './new-article.ts';
import type { ContentProblem } from './content-problem.ts';

const FRONTMATTER = /^\uFEFF?---\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

/** An article's text after its frontmatter block (the whole text when it has none). */
export const articleBody = (text: string): string => text.replace(FRONTMATTER, '');

export interface FrontmatterCheck {
  problems: ContentProblem[];
  /** The fields as the collection will see them, when they are valid. */
  data?: ArticleData | undefined;
  /** The text after the closing `---`. */
  body: string;
  /** How many lines the frontmatter block takes, so body lines can be told as file lines. */
  lineCount: number;
  /** The file line of a field, for problems found later against other files. */
  fieldLine: (field: string) => number | undefined;
}

/**
 * Reads the frontmatter as Astro does (js-yaml, then the collection schema) and
 * says what is wrong in Russian, at the line of the field, before Astro's own
 * English message could.
 */
export function checkFrontmatter(file: string, text: string): FrontmatterCheck {
  const match = FRONTMATTER.exec(text);
  if (!match) {
    // Opened but never closed: the fields run on into the text, and the mistake is the missing second ---.
    const opened = /^\uFEFF?---[ \t]*\r?\n/.test(text);
    const lines = text.replace(/\r?\n$/, '').split(/\r?\n/);
    // The first line after the opening --- that is no field, indented value or blank line: the text began there.
    let textStart = 1;
    while (textStart < lines.length && /^(?:[\w-]+\s*:|\s+\S|\s*$)/.test(lines[textStart]!)) textStart++;
    return {
      problems: [
        opened
          ? { file, line: textStart + 1, message: 'блок полей открыт строкой --- в начале файла, но не закрыт: перед текстом, после полей (title: …), нужна ещё одна строка --- .' }
          : { file, line: 1, message: 'нет блока с полями статьи в начале файла. Файл должен начинаться строкой --- , затем поля (title: …), затем снова --- .' },
      ],
      body: text,
      lineCount: 0,
      fieldLine: () => undefined,
    };
  }
  const yamlText = match[1] ?? '';
  const lines = yamlText.split(/\r?\n/);
  const lineCount = match[0].split('\n').length - (match[0].endsWith('\n') ? 1 : 0);
  const body = text.slice(match[0].length);
  // Field lines start at file line 2, after the opening ---.
  const fieldLine = (field: string) => {
    const index = lines.findIndex((line) => new RegExp(`^${field}\\s*:`).test(line));
    return index < 0 ? undefined : index + 2;
  };

  const tabs = lines.flatMap((line, index) => (line.includes('\t') ? [index + 2] : []));
  if (tabs.length > 0) {
    return {
      problems: tabs.map((line) => ({ file, line, message: 'в поле стоит табуляция, а YAML её не принимает. Замените табуляцию пробелом.' })),
      body,
      lineCount,
      fieldLine,
    };
  }

  let raw: unknown;
  try {
    raw = yaml.load(yamlText) ?? {};
  } catch (error) {
    return { problems: [yamlProblem(file, error as yaml.YAMLException, lines)], body, lineCount, fieldLine };
  }
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { problems: [{ file, line: 2, message: 'поля статьи пишутся строками «имя: значение», например title: Заголовок.' }], body, lineCount, fieldLine };
  }

  const problems: ContentProblem[] = rolledOverDates(file, lines);
  const parsed = articleSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
      // A missing coverAlt is told at the cover it should describe.
      const line = typeof field === 'string' ? (fieldLine(field) ?? (field === 'coverAlt' ? fieldLine('cover') : undefined)) : keys.length > 0 ? fieldLine(keys[0]!) : undefined;
      // The roll-over check above already said this, more exactly.
      if ((field === 'published' || field === 'updated') && problems.some((p) => p.line === line)) continue;
      problems.push({ file, line: line ?? 1, message: issue.message });
    }
    return { problems, body, lineCount, fieldLine };
  }
  if (problems.length > 0) return { problems, body, lineCount, fieldLine };

  const data = parsed.data;
  if (!data.draft) problems.push(...placeholderProblems(file, data, body, lineCount, fieldLine));
  return { problems, data, body, lineCount, fieldLine };
}

function yamlProblem(file: string, error: yaml.YAMLException, lines: readonly string[]): ContentProblem {
  // js-yaml often points past the mistake (the next field, the end of the block); the field line itself is where to fix it.
  for (const [index, line] of lines.entries()) {
    const colon = /^([\w-]+):\s+(?!["'])(.*?:\s.*)$/.exec(line);
    if (colon) {
      return {
        file,
        line: index + 2,
        message: `в значении поля ${colon[1]} есть двоеточие с пробелом, и YAML принял его за новое поле. Возьмите значение в кавычки: ${colon[1]}: "${colon[2]!.replace(/"/g, '\\"')}"`,
      };
    }
    const quote = /^([\w-]+):\s+(["'])(?!.*\2\s*(?:#.*)?$)/.exec(line);
    if (quote) {
      return {
        file,
        line: index + 2,
        message: `у значения поля ${quote[1]} нет закрывающей кавычки ${quote[2]}, или внутри стоит такая же кавычка. Закройте кавычку; кавычку внутри пишите другой (« » или ').`,
      };
    }
  }
  const index = Math.min(error.mark?.line ?? 0, lines.length - 1);
  return {
    file,
    line: index + 2,
    message: `поля статьи не читаются (YAML: ${error.reason}). Каждое поле — одна строка «имя: значение»; значение с двоеточием, # или кавычкой в начале возьмите в двойные кавычки.`,
  };
}

/** YAML turns 2025-02-30 into 2 March without a word; the schema would never see the editor's day. */
function rolledOverDates(file: string, lines: readonly string[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  lines.forEach((line, index) => {
    const field = /^(published|updated):\s*['"]?(\d{4}-\d{2}-\d{2})['"]?\s*(?:#.*)?$/.exec(line);
    if (!field) return;
    const parsed = parsePublishedDate(field[2]);
    if (!parsed.ok) problems.push({ file, line: index + 2, message: `поле ${field[1]}: ${parsed.error}. Формат: ${PUBLISHED_DATE_FORMAT}.` });
  });
  return problems;
}

function placeholderProblems(
  file: string,
  data: ArticleData,
  body: string,
  lineCount: number,
  fieldLine: (field: string) => number | undefined,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const advice = 'Впишите своё или оставьте draft: true, пока статья не готова.';
  if (data.description === PLACEHOLDERS.description) {
    problems.push({ file, line: fieldLine('description'), message: `в поле description осталась заготовка из npm run new («${PLACEHOLDERS.description}»). ${advice}` });
  }
  if (data.author === PLACEHOLDERS.author) {
    problems.push({ file, line: fieldLine('author'), message: `в поле author осталась заготовка из npm run new («${PLACEHOLDERS.author}»). ${advice}` });
  }
  body.split('\n').forEach((line, index) => {
    const placeholder = PLACEHOLDERS.body.find((text) => line.trim() === text);
    if (placeholder) problems.push({ file, line: lineCount + index + 1, message: `в тексте осталась заготовка из npm run new («${placeholder}»). ${advice}` });
  });
  return problems;
}
