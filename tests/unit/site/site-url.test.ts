import { describe, expect, it } from 'vitest';
import { normalizeBasePath, normalizeSiteUrl, withBase } from '../../../src/lib/site/site-url.ts';

describe('normalizeBasePath', () => {
  it.each([
    [undefined, '/'], ['', '/'], ['/', '/'], ['sub', '/sub/'], ['/sub', '/sub/'], ['/sub/', '/sub/'], ['/a/b//', '/a/b/'],
  ])('%s → %s', (raw, expected) => {
    expect(normalizeBasePath(raw)).toBe(expected);
  });

  it('refuses a query or a fragment', () => {
    expect(() => normalizeBasePath('/sub?x')).toThrow(/BASE_PATH/);
  });
});

describe('normalizeSiteUrl', () => {
  it('defaults to the local preview address', () => {
    expect(normalizeSiteUrl(undefined)).toBe('http://localhost:4321');
  });

  it('keeps only the origin', () => {
    expect(normalizeSiteUrl('https://example.org/')).toBe('https://example.org');
  });

  it('names the variable when the value is not a URL', () => {
    expect(() => normalizeSiteUrl('example.org')).toThrow(/SITE_URL/);
    expect(() => normalizeSiteUrl('ftp://example.org')).toThrow(/http/);
  });
});

describe('withBase', () => {
  it('joins without doubling slashes', () => {
    expect(withBase('/', '/a/')).toBe('/a/');
    expect(withBase('/sub/', '/a/')).toBe('/sub/a/');
    expect(withBase('/sub', 'a/')).toBe('/sub/a/');
    expect(withBase('/sub/', '/')).toBe('/sub/');
  });
});
