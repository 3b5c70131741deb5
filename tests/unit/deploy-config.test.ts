import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');

/** `Name: value` pairs of the `/*` block of public/_headers. */
function netlifyHeaders(): Map<string, string> {
  const block = read('public/_headers').split(/^\/\*$/m)[1]!.split(/^\S/m)[0]!;
  return new Map([...block.matchAll(/^\s+([\w-]+): (.+)$/gm)].map((m) => [m[1]!, m[2]!]));
}

describe('deployment configs agree', () => {
  it('the nginx snippet sends exactly the headers of public/_headers', () => {
    const nginx = new Map([...read('docs/nginx.conf').matchAll(/add_header ([\w-]+) "([^"]+)" always;/g)].map((m) => [m[1]!, m[2]!]));
    nginx.delete('Cache-Control');
    expect(nginx).toEqual(netlifyHeaders());
  });

  it('the nginx recipe keeps every location, the 404 page and the assets under one base path, and compresses XML', () => {
    const nginx = read('docs/nginx.conf');
    const locations = [...nginx.matchAll(/^\s*location (\S+) \{/gm)].map((m) => m[1]);
    expect(locations).toEqual(['/magazine/', '/magazine/_astro/']);
    expect(nginx).toMatch(/^\s*error_page 404 \/magazine\/404\.html;$/m);
    expect(nginx).toContain('BASE_PATH=/magazine/');
    const gzipTypes = /gzip_types ([^;]+);/.exec(nginx)![1]!.split(/\s+/);
    expect(gzipTypes).toEqual(expect.arrayContaining(['text/xml', 'application/xml', 'application/rss+xml', 'text/css', 'application/javascript']));
  });

  it('the GitHub Pages workflow builds with the Pages origin and sub-path', () => {
    const workflow = read('.github/workflows/deploy-pages.yml');
    expect(workflow).toContain('SITE_URL: ${{ steps.pages.outputs.origin }}');
    expect(workflow).toContain('BASE_PATH: ${{ steps.pages.outputs.base_path }}');
    expect(workflow).toContain('node-version-file: .nvmrc');
    expect(workflow).toMatch(/path: dist\n/);
  });
});
