import { describe, expect, it } from 'vitest';
import { parseSearchIndexLogLine, searchIndexLogLine } from '../../../src/lib/search/index-report.ts';

describe('the build line about the search index', () => {
  it('says in Russian how many articles, how many kilobytes and how long', () => {
    expect(searchIndexLogLine({ pages: 3, bytes: 105 * 1024, seconds: 0.123 })).toBe('индекс поиска: 3 статьи, 105 КБ, 0.12 с');
    expect(searchIndexLogLine({ pages: 1000, bytes: 4_500_000, seconds: 6.5 })).toBe('индекс поиска: 1000 статей, 4395 КБ, 6.50 с');
    expect(searchIndexLogLine({ pages: 1, bytes: 0, seconds: 0 })).toBe('индекс поиска: 1 статья, 0 КБ, 0.00 с');
  });

  it('is read back from a build log by the benchmark', () => {
    const log = `12:00:00 [search-index] ${searchIndexLogLine({ pages: 1000, bytes: 4395 * 1024, seconds: 6.5 })}\n12:00:00 [build] Complete!`;
    expect(parseSearchIndexLogLine(log)).toEqual({ pages: 1000, bytes: 4395 * 1024, seconds: 6.5 });
    expect(parseSearchIndexLogLine('no index here')).toBeUndefined();
  });
});
