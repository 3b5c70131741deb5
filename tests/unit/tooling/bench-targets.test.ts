import { describe, expect, it } from 'vitest';
import { evaluateTargets, targetsTable } from '../../../src/lib/tooling/bench-targets.ts';

describe('evaluateTargets', () => {
  it('says met or missed for each figure, at the edges too', () => {
    const rows = evaluateTargets({ cleanFastest: 22, hugoFastest: 2, cleanMedian: 20, oneEdit: 3, unchanged: 2.2, peakMb: 1300, marginal: 0.012 });
    expect(rows.map((row) => [row.result, row.met])).toEqual([
      ['22.0 s / 2.00 s = 11.0 ×', true],
      ['3.0 s = 15 %', true],
      ['2.2 s = 11 %', false],
      ['1.27 GB', false],
      ['12.0 ms', true],
    ]);
  });

  it('never counts a figure not measured as met (no Hugo, no N = 100)', () => {
    const rows = evaluateTargets({ cleanFastest: 22, cleanMedian: 20 });
    expect(rows.every((row) => row.met === undefined && row.result === 'not measured')).toBe(true);
  });
});

describe('targetsTable', () => {
  it('marks each row', () => {
    const table = targetsTable([
      { target: 'a', result: '1', met: true },
      { target: 'b', result: '2', met: false },
      { target: 'c', result: 'not measured', met: undefined },
    ]);
    expect(table.split('\n').slice(2)).toEqual(['| a | 1 | met |', '| b | 2 | missed |', '| c | not measured | — |']);
  });
});
