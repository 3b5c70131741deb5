import { describe, expect, it } from 'vitest';
import { normalizeBasePath, normalizeEditUrlBase, normalizeSiteUrl } from '../../../src/lib/site/site-url.ts';
import { buildSettings } from '../../../src/lib/site/build-settings.ts';

describe('settings are refused with the variable, the value and what is expected', () => {
  it.each([
    ['\\evil.com', /^BASE_PATH="\\\\evil\.com": expected path segments .* \(refused: "\\\\evil\.com"\)$/],
    ['../x', /^BASE_PATH="\.\.\/x": .*refused: "\.\."/],
    ['/a/../b', /refused: "\.\."/],
    ['/a%20b/', /refused: "a%20b"/],
    ['/a b/', /refused: "a b"/],
    ['/sub?x', /refused: "sub\?x"/],
    ['/sub#x', /refused: "sub#x"/],
    ['/a\u0000b/', /refused/],
  ])('BASE_PATH %j', (raw, message) => {
    expect(() => normalizeBasePath(raw)).toThrow(message);
  });

  it('accepts ordinary base paths', () => {
    expect(normalizeBasePath('/magazine')).toBe('/magazine/');
    expect(normalizeBasePath('blog/2025/')).toBe('/blog/2025/');
    expect(normalizeBasePath('/my-site.v2~x/')).toBe('/my-site.v2~x/');
  });

  it('SITE_URL with a path says where the path belongs', () => {
    expect(() => normalizeSiteUrl('https://example.org/blog/')).toThrow(
      'SITE_URL="https://example.org/blog/": expected an origin only, such as https://example.org. Put the path in BASE_PATH: SITE_URL=https://example.org BASE_PATH=/blog/',
    );
    expect(() => normalizeSiteUrl('https://example.org/?x=1')).toThrow('SITE_URL="https://example.org/?x=1": expected an origin only, such as https://example.org.');
    expect(() => normalizeSiteUrl('javascript:alert(1)')).toThrow('SITE_URL="javascript:alert(1)": expected an http:// or https:// address');
    expect(normalizeSiteUrl('https://example.org:8443/')).toBe('https://example.org:8443');
  });

  it.each(['javascript:alert(1)', 'data:text/html,x', '/relative/edit', 'http://example.org/edit', 'github.com/org/repo'])('EDIT_URL_BASE %j is refused', (raw) => {
    expect(() => normalizeEditUrlBase(raw)).toThrow(`EDIT_URL_BASE=${JSON.stringify(raw)}: expected an https:// address such as https://github.com/org/repo/edit/main`);
  });

  it('EDIT_URL_BASE may be empty (no edit link) or https', () => {
    expect(normalizeEditUrlBase(undefined)).toBe('');
    expect(normalizeEditUrlBase(' https://github.com/org/repo/edit/main ')).toBe('https://github.com/org/repo/edit/main');
  });

  it('CONTENT_DIR stays inside the project and BUILD_DATE is a day', () => {
    expect(() => buildSettings('/p', { CONTENT_DIR: '../elsewhere' })).toThrow('CONTENT_DIR="../elsewhere": expected a folder inside the project, such as content');
    expect(() => buildSettings('/p', { CONTENT_DIR: '/abs' })).toThrow(/CONTENT_DIR/);
    expect(() => buildSettings('/p', { BUILD_DATE: '2026-1-5' })).toThrow('BUILD_DATE="2026-1-5": expected a day as YYYY-MM-DD, such as 2026-01-31');
    expect(buildSettings('/p', { CONTENT_DIR: 'tests/site/content/', BUILD_DATE: '2026-01-31', CACHE_DIR: 'c' })).toEqual({
      contentDir: 'tests/site/content',
      cacheDir: '/p/c',
      today: '2026-01-31',
    });
    expect(buildSettings('/p', {}, new Date(2026, 10, 27, 12)).today).toBe('2026-11-27');
  });
});
