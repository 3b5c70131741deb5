import { describe, expect, it } from 'vitest';
import { marginalCost, median, parseBuildLog, parseDuration } from '../../../src/lib/tooling/bench-stats.ts';

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
    expect(() => median([])).toThrow(new RangeError('median of nothing'));
  });
});

describe('parseDuration', () => {
  it.each([['850ms', 0.85], ['3.17s', 3.17], ['1m 4s', 64], ['1m 10s', 70], ['2m', 120], ['12m 5s', 725], ['1m4s', 64], [' 850ms ', 0.85]])('%s → %f', (text, seconds) => {
    expect(parseDuration(text)).toBeCloseTo(seconds, 6);
  });

  it.each(['soon', '', 'about 5s', '5s later', 'x850ms', '850msx'])('refuses %j, quoting it', (text) => {
    expect(() => parseDuration(text)).toThrow(`not an Astro duration: «${text}»`);
  });
});

const LOG = `04:25:48 [build] Collecting build info...
04:25:48 [build] ✓ Completed in 2.38s.
04:25:48 [build] Building static entrypoints...
04:26:03 [vite] ✓ built in 618ms
04:26:03 [vite] ✓ built in 36ms
 generating static routes
04:26:04   ├─ /404.html (+29ms)
04:26:04   ├─ /og/a.png (+123ms)
04:26:04   ├─ /og/b.png (+1.5s)
04:26:50   ├─ /rss.xml (+59ms)
04:26:50   ├─ /a/index.html (+23ms)
04:26:55   └─ /index.html (+444ms)
04:26:56 ✓ Completed in 51.85s.
04:26:56 [build] 1002 page(s) built in 1m 10s
`;

describe('parseBuildLog', () => {
  it('reads Astro’s total, the phases and the routes by kind', () => {
    const phases = parseBuildLog(LOG);
    expect(phases.builtIn).toBe(70);
    expect(phases.pages).toBe(1002);
    expect(phases.collect).toBeCloseTo(2.38);
    expect(phases.compile).toBeCloseTo(0.618);
    expect(phases.renderImages).toBeCloseTo(1.623);
    expect(phases.renderPages).toBeCloseTo(0.496);
    expect(phases.renderOther).toBeCloseTo(0.059);
  });

  it('says what is missing from a log it cannot read', () => {
    expect(() => parseBuildLog('nothing here')).toThrow('build log has no «page(s) built in»');
    const without = (line: string) => LOG.split('\n').filter((l) => !l.includes(line)).join('\n');
    expect(() => parseBuildLog(without('Completed in 2.38s'))).toThrow('build log has no «Collecting build info»');
    expect(() => parseBuildLog(without('[vite]'))).toThrow('build log has no «vite built in»');
  });
});

describe('marginalCost', () => {
  it('is the slope between two sizes', () => {
    expect(marginalCost({ n: 100, seconds: 10 }, { n: 1000, seconds: 19 })).toBeCloseTo(0.01);
    expect(marginalCost({ n: 10, seconds: 5 }, { n: 20, seconds: 25 })).toBe(2);
    expect(() => marginalCost({ n: 100, seconds: 1 }, { n: 100, seconds: 2 })).toThrow(new RangeError('the larger collection must have more articles'));
  });
});
