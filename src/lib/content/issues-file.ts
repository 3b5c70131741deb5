import path from 'node:path';
import yaml from 'js-yaml';
import { issueSchema, type IssueData } from './issue-schema.ts';
import { toSlug } from './slug.ts';
import type { ContentProblem } from './content-problem.ts';

/** The magazine's issues, one list in the content folder: editors describe an issue once and articles name it. */
export const ISSUES_FILE_NAME = 'issues.yaml';

export interface CheckedIssue {
  /** The issue's address: `/vypusk/<id>/`, transliterated from its title. */
  id: string;
  data: IssueData;
  /** File line where the entry starts. */
  line: number;
}

export interface IssuesFileCheck {
  problems: ContentProblem[];
  issues: CheckedIssue[];
}

/** An issue is named by its title in articles, and found by the title's transliteration, so «второй  выпуск» and «Второй выпуск» are one. */
export const issueId = (title: string): string => toSlug(title.trim());

/** Lines where each top-level `- ` entry starts (1-based), in order. */
function entryLines(lines: readonly string[]): number[] {
  return lines.flatMap((line, index) => (/^-(?:\s|$)/.test(line) ? [index + 1] : []));
}

/**
 * Reads content/issues.yaml as the build does and says what is wrong at the
 * line of the entry or field: YAML errors, fields, two issues with one title or
 * number, a cover picture that is not there.
 */
export function checkIssuesFile(file: string, text: string, exists: (projectPath: string) => boolean): IssuesFileCheck {
  const lines = text.split(/\r?\n/);
  let raw: unknown;
  try {
    raw = yaml.load(text);
  } catch (error) {
    const mark = (error as yaml.YAMLException).mark;
    return { problems: [{ file, line: (mark?.line ?? 0) + 1, message: `файл выпусков не читается (YAML: ${(error as yaml.YAMLException).reason}). Каждый выпуск начинается строкой «- title: …», поля под ним — с отступом в два пробела.` }], issues: [] };
  }
  if (raw === undefined || raw === null) return { problems: [{ file, line: 1, message: 'в файле нет ни одного выпуска. Добавьте выпуск: «- title: Первый выпуск», «  number: 1», «  month: 2025-01».' }], issues: [] };
  if (!Array.isArray(raw)) return { problems: [{ file, line: 1, message: 'выпуски пишутся списком: каждый начинается строкой «- title: …», поля под ним — с отступом в два пробела.' }], issues: [] };

  const starts = entryLines(lines);
  const problems: ContentProblem[] = [];
  const issues: CheckedIssue[] = [];
  raw.forEach((entry: unknown, index) => {
    const start = starts[index] ?? 1;
    const end = starts[index + 1] ?? lines.length + 1;
    const findLine = (field: string) => {
      for (let line = start; line < end; line++) if (new RegExp(`^(?:-|\\s)\\s*${field}\\s*:`).test(lines[line - 1]!)) return line;
      return undefined;
    };
    // A missing coverAlt is told at the cover it should describe; any other missing field at the entry's start.
    const fieldLine = (field: string) => findLine(field) ?? (field === 'coverAlt' ? findLine('cover') : undefined) ?? start;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      problems.push({ file, line: start, message: 'выпуск пишется полями «имя: значение» (title, number, month), а здесь что-то другое.' });
      return;
    }
    const parsed = issueSchema.safeParse(entry);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.code === 'unrecognized_keys' ? issue.keys[0] : issue.path[0];
        problems.push({ file, line: typeof field === 'string' ? fieldLine(field) : start, message: issue.message });
      }
      return;
    }
    if (parsed.data.cover !== undefined) {
      const target = path.posix.join(path.posix.dirname(file), parsed.data.cover);
      if (!exists(target)) problems.push({ file, line: fieldLine('cover'), message: `картинки «${parsed.data.cover}» нет (искали ${target}). Положите файл рядом с ${ISSUES_FILE_NAME} или поправьте путь.` });
    }
    issues.push({ id: issueId(parsed.data.title), data: parsed.data, line: start });
  });

  for (const [key, label] of [
    ['id', 'название'],
    ['number', 'номер'],
  ] as const) {
    const seen = new Map<string | number, CheckedIssue>();
    for (const issue of issues) {
      const value = key === 'id' ? issue.id : issue.data.number;
      const first = seen.get(value);
      if (first) problems.push({ file, line: issue.line, message: `у выпуска «${issue.data.title}» то же ${label}, что у выпуска в строке ${first.line}: у двух выпусков ${label} должно быть разным.` });
      else seen.set(value, issue);
    }
  }
  return { problems, issues };
}

/**
 * The parser the collection's file loader uses: entries keyed by their id. An
 * entry the checks reject is left out, so `astro dev` keeps running while the
 * banner tells the editor; a build never gets here with one.
 */
export function issuesForCollection(text: string): Record<string, Record<string, unknown>> {
  let raw: unknown;
  try {
    raw = yaml.load(text);
  } catch {
    return {};
  }
  if (!Array.isArray(raw)) return {};
  const entries: Record<string, Record<string, unknown>> = {};
  for (const entry of raw) {
    if (!issueSchema.safeParse(entry).success) continue;
    const id = issueId((entry as { title: string }).title);
    entries[id] ??= entry as Record<string, unknown>;
  }
  return entries;
}
