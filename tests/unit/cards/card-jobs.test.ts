import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cardJobs } from '../../../src/lib/cards/card-jobs.ts';
import { checkContent } from '../../../src/lib/content/content-checks.ts';

const fields = (extra = '', issue = 'второй выпуск') =>
  `title: Как "не" потерять доверие\ndescription: О статье.\nauthor: Anonim\npublication: Журнал\nissue: ${issue}\npublished: 2025-04${extra}`;
const article = (extra?: string, issue?: string) => `---\n${fields(extra, issue)}\n---\n\nТекст.\n`;
const ISSUES = { path: 'content/issues.yaml', text: '- number: 2\n  title: Второй выпуск\n  month: 2025-04\n' };

function jobsFor(files: { path: string; text?: string }[]) {
  const report = checkContent([...files, ISSUES], { today: '2025-06-15' });
  expect(report.problems).toEqual([]);
  return cardJobs('/site', report.articles, report.issues);
}

describe('cardJobs', () => {
  it('gives each published article its card, in slug order, with the issue titled as the issues file writes it', () => {
    const jobs = jobsFor([
      { path: 'content/b.mdx', text: article() },
      { path: 'content/a.mdx', text: article(undefined, 'Второй выпуск') },
    ]);
    expect(jobs.map((job) => job.slug)).toEqual(['a', 'b']);
    expect(jobs[1]!.card).toEqual({ kicker: 'Журнал · Второй выпуск', title: 'Как «не» потерять доверие', footer: 'Anonim · апрель\u00a02025' });
  });

  it('leaves out drafts and scheduled articles', () => {
    const jobs = jobsFor([
      { path: 'content/a.mdx', text: article() },
      { path: 'content/draft.mdx', text: article('\ndraft: true') },
      { path: 'content/later.mdx', text: article().replace('2025-04', '2025-07') },
    ]);
    expect(jobs.map((job) => job.slug)).toEqual(['a']);
  });

  it('finds the cover beside the article file', () => {
    const [job] = jobsFor([
      { path: 'content/2025/a.mdx', text: article('\ncover: ./pics/a.jpg\ncoverAlt: Кот') },
      { path: 'content/2025/pics/a.jpg' },
    ]);
    expect(job!.card.cover).toBe(path.resolve('/site', 'content/2025/pics/a.jpg'));
  });
});
