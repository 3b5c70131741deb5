import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_URL, normalizeBasePath, normalizeSiteUrl, withBase } from '../../../src/lib/site/site-url.ts';

describe('normalizeBasePath', () => {
  it.each([
    [undefined, '/'], ['', '/'], ['/', '/'], ['sub', '/sub/'], ['/sub', '/sub/'], ['/sub/', '/sub/'], ['/a/b//', '/a/b/'],
    ['  /sub/  ', '/sub/'], ['//sub//', '/sub/'], ['///', '/'], ['   ', '/'],
  ])('%j → %s', (raw, expected) => {
    expect(normalizeBasePath(raw)).toBe(expected);
  });

  it.each([
    ['/sub?x', 'sub?x'],
    ['/sub#top', 'sub#top'],
    ['/my blog/', 'my blog'],
  ])('refuses %j, naming the variable, the value and the segment', (raw, segment) => {
    expect(() => normalizeBasePath(raw)).toThrow(
      `BASE_PATH=${JSON.stringify(raw)}: expected path segments of letters, digits and - . _ ~ only, such as /magazine/ (refused: ${JSON.stringify(segment)})`,
    );
  });
});

describe('normalizeSiteUrl', () => {
  it('defaults to the local preview address', () => {
    expect(DEFAULT_SITE_URL).toBe('http://localhost:4321');
    expect(normalizeSiteUrl(undefined)).toBe('http://localhost:4321');
    expect(normalizeSiteUrl('')).toBe('http://localhost:4321');
    expect(normalizeSiteUrl('   ')).toBe('http://localhost:4321');
  });

  it.each([
    ['https://example.org/', 'https://example.org'],
    ['  https://example.org  ', 'https://example.org'],
    ['HTTPS://Example.ORG', 'https://example.org'],
    ['http://localhost:8080/', 'http://localhost:8080'],
    ['https://example.org:443/', 'https://example.org'],
  ])('takes the origin of %j', (raw, expected) => {
    expect(normalizeSiteUrl(raw)).toBe(expected);
  });

  it('names the variable and the value when it is not an absolute URL', () => {
    expect(() => normalizeSiteUrl('example.org')).toThrow('SITE_URL="example.org": expected an absolute URL such as https://example.org');
  });

  it('refuses a scheme a browser cannot open a site with', () => {
    expect(() => normalizeSiteUrl('ftp://example.org')).toThrow('SITE_URL="ftp://example.org": expected an http:// or https:// address');
    expect(() => normalizeSiteUrl('javascript:alert(1)')).toThrow('expected an http:// or https:// address');
  });
});

describe('withBase', () => {
  it('joins without doubling slashes', () => {
    expect(withBase('/', '/a/')).toBe('/a/');
    expect(withBase('/sub/', '/a/')).toBe('/sub/a/');
    expect(withBase('/sub', 'a/')).toBe('/sub/a/');
    expect(withBase('/sub/', '/')).toBe('/sub/');
    expect(withBase('/sub//', '//a/')).toBe('/sub/a/');
  });

  it('keeps a query and a fragment of the path', () => {
    expect(withBase('/sub/', '/a/?x=1#top')).toBe('/sub/a/?x=1#top');
  });

  it('joins a site path that starts like the base: the base is added once, by the caller', () => {
    // Site paths are always given before the base (url('/sub/') is the page /sub/ of the site);
    // links that may already carry the base go through rebaseRootPath (base-links-plugin.ts).
    expect(withBase('/sub/', '/sub/')).toBe('/sub/sub/');
  });
});
