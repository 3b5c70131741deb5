/** One mistake in content/, located where the editor wrote it. */
export interface ContentProblem {
  /** Path relative to the project, e.g. `content/statya.mdx` (two paths joined by « и » for a clash). */
  file: string;
  /** 1-based line in that file, when the mistake has one. */
  line?: number | undefined;
  /** Russian: what is wrong and how to fix it. */
  message: string;
}

/** `content/a.mdx:12: message` — the form editors' tools and terminals link to. */
export function formatProblem(problem: ContentProblem): string {
  return `${problem.file}${problem.line ? `:${problem.line}` : ''}: ${problem.message}`;
}

/** The whole report, as the build and the dev server print it. */
export function formatProblemReport(problems: readonly ContentProblem[]): string {
  return `Ошибки в content/ (${problems.length}):\n${problems.map((p) => `  • ${formatProblem(p)}`).join('\n')}`;
}
