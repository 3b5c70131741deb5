import { describe, expect, it } from 'vitest';
import { authorsOf, compareIssueOrder, issuesWithArticles, neighbours } from '../../../src/lib/content/magazine.ts';

const article = (id: string, issue: string, published: string, author = 'Anonim', order?: number) => {
  const [year, month, day] = published.split('-').map(Number) as [number, number, number | undefined];
  return { id, data: { issue: { id: issue }, order, author, published: day === undefined ? { year, month } : { year, month, day } } };
};
const issue = (id: string, number: number) => ({ id, data: { number } });
const ids = (list: readonly { id: string }[]) => list.map((item) => item.id);

describe('compareIssueOrder', () => {
  it('puts numbered articles first by their place, then the others oldest first, ties by id', () => {
    const list = [
      article('late', 'v', '2025-04-20'),
      article('second', 'v', '2025-04-01', 'A', 2),
      article('early', 'v', '2025-04-02'),
      article('first', 'v', '2025-04-30', 'A', 1),
      article('b-same-day', 'v', '2025-04-20'),
    ];
    expect(ids([...list].sort(compareIssueOrder))).toEqual(['first', 'second', 'early', 'b-same-day', 'late']);
  });
});

describe('issuesWithArticles', () => {
  it('lists issues newest first with their articles in order, and leaves out issues with nothing to show', () => {
    const groups = issuesWithArticles(
      [issue('pervyy', 1), issue('tretiy', 3), issue('vtoroy', 2), issue('sotyy', 100)],
      [article('a', 'pervyy', '2024-01'), article('c2', 'tretiy', '2025-05-02'), article('c1', 'tretiy', '2025-05-01'), article('x', 'neizvestnyy', '2025-01')],
    );
    expect(groups.map((group) => [group.issue.id, ids(group.articles)])).toEqual([
      ['tretiy', ['c1', 'c2']],
      ['pervyy', ['a']],
    ]);
  });
});

describe('authorsOf', () => {
  it('gathers each author’s articles in the order given, authors by name in Russian order', () => {
    const authors = authorsOf([
      article('n3', 'v', '2025-05', 'Мария Петрова'),
      article('n2', 'v', '2025-04', 'Anonim'),
      article('n1', 'v', '2025-03', 'Мария Петрова'),
      article('n0', 'v', '2025-02', 'Иван Сидоров'),
    ]);
    expect(authors.map((author) => [author.id, author.name, ids(author.articles)])).toEqual([
      ['ivan-sidorov', 'Иван Сидоров', ['n0']],
      ['mariya-petrova', 'Мария Петрова', ['n3', 'n1']],
      ['anonim', 'Anonim', ['n2']],
    ]);
  });
});

describe('neighbours', () => {
  const newestFirst = [article('c', 'tri', '2025-05'), article('b2', 'dva', '2025-04-02'), article('b1', 'dva', '2025-04-01'), article('a', 'odin', '2024-01')];
  const pair = (result: ReturnType<typeof neighbours>) => [result.previous?.id, result.next?.id];

  it('offers the previous and next article of the issue, in the issue’s order', () => {
    const issueOrder = [newestFirst[2]!, newestFirst[1]!];
    expect(pair(neighbours(issueOrder, newestFirst, 'b1'))).toEqual([undefined, 'b2']);
    expect(pair(neighbours(issueOrder, newestFirst, 'b2'))).toEqual(['b1', undefined]);
  });

  it('falls back to the older and newer article of the magazine for an issue of one', () => {
    expect(pair(neighbours([newestFirst[0]!], newestFirst, 'c'))).toEqual(['b2', undefined]);
    expect(pair(neighbours([newestFirst[3]!], newestFirst, 'a'))).toEqual([undefined, 'b1']);
  });

  it('offers nothing for an unknown id or a lone article', () => {
    expect(pair(neighbours(newestFirst.slice(1, 3), newestFirst, 'nope'))).toEqual([undefined, undefined]);
    expect(pair(neighbours([], newestFirst, 'nope'))).toEqual([undefined, undefined]);
    expect(pair(neighbours([newestFirst[0]!], [newestFirst[0]!], 'c'))).toEqual([undefined, undefined]);
  });
});
