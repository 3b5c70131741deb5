import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site.ts';
import { distDir, TEST_SITE_URL } from '../support/paths.ts';
import { siteInvariantViolations } from '../support/site-invariants.ts';
import { localDay } from '../../src/lib/content/publication.ts';

// What editors wrote in content/, checked only by rules true of any set of articles: adding, editing or
// deleting an article never turns this red unless the site it builds is really broken.
const out = distDir('live');
const today = localDay();

beforeAll(() => {
  const result = buildSite({ outDir: out, env: { SITE_URL: TEST_SITE_URL, BUILD_DATE: today } });
  expect(result.status, result.output).toBe(0);
});

describe('the live content/', () => {
  it('builds into a site that holds every invariant', async () => {
    expect(await siteInvariantViolations({ dist: out, today, siteUrl: TEST_SITE_URL })).toEqual([]);
  });
});
