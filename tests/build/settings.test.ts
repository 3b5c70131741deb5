import { describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site.ts';
import { distDir, fixtureContent } from '../support/paths.ts';
import { listFiles } from '../support/dist-files.ts';

// A deployer's wrong setting stops the build before anything is written, naming the variable and value.
describe('hostile or mistaken settings', () => {
  it.each([
    [{ BASE_PATH: '\\evil.com' }, 'BASE_PATH="\\\\evil.com": expected path segments'],
    [{ SITE_URL: 'https://example.org/blog/' }, 'Put the path in BASE_PATH: SITE_URL=https://example.org BASE_PATH=/blog/'],
    [{ EDIT_URL_BASE: 'javascript:alert(1)' }, 'EDIT_URL_BASE="javascript:alert(1)": expected an https:// address'],
  ])('%j', (env, message) => {
    const out = distDir(`settings-${Object.keys(env)[0]}`);
    const result = buildSite({ outDir: out, env: { ...env, CONTENT_DIR: fixtureContent('seed') } });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(message);
    expect(() => listFiles(out)).toThrow();
  });
});
