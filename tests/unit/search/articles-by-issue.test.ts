import { describe, expect, it } from 'vitest';
import { articlesByIssue } from '../../../src/lib/search/articles-by-issue.ts';

const article = (id: string, issue: string) => ({ id, data: { issue } });

describe('articlesByIssue', () => {
  it('groups articles by issue, issues in the order of their newest article, articles in the order given', () => {
    const articles = [article('c', 'Третий выпуск'), article('b', 'Второй выпуск'), article('a', 'Третий выпуск'), article('z', 'Первый выпуск')];
    expect(articlesByIssue(articles).map((group) => [group.issue, group.articles.map((a) => a.id)])).toEqual([
      ['Третий выпуск', ['c', 'a']],
      ['Второй выпуск', ['b']],
      ['Первый выпуск', ['z']],
    ]);
  });

  it('reads an issue written with stray spaces as the same issue', () => {
    expect(articlesByIssue([article('a', 'Выпуск 1'), article('b', ' Выпуск 1 ')])).toEqual([
      { issue: 'Выпуск 1', articles: [article('a', 'Выпуск 1'), article('b', ' Выпуск 1 ')] },
    ]);
  });

  it('gives nothing for no articles', () => {
    expect(articlesByIssue([])).toEqual([]);
  });
});
