import { afterEach, describe, expect, it, vi } from 'vitest';
import { absoluteUrl, articlePath, authorPath, issuePath, ISSUES_PATH, url } from '../../../src/lib/site/url.ts';

const SITE = new URL('https://example.org');

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('at the root of the origin (BASE_URL /)', () => {
  it('leaves site paths as they are', () => {
    expect(url('/')).toBe('/');
    expect(url('/rss.xml')).toBe('/rss.xml');
  });

  it('puts an article at /id/', () => {
    expect(articlePath('poteryat-doverie-bossa')).toBe('/poteryat-doverie-bossa/');
  });

  it('puts the archive at /vypusk/, an issue and an author at their ids, later pages of their lists under page/N/', () => {
    expect(ISSUES_PATH).toBe('/vypusk/');
    expect(issuePath('vtoroy-vypusk')).toBe('/vypusk/vtoroy-vypusk/');
    expect(issuePath('vtoroy-vypusk', 1)).toBe('/vypusk/vtoroy-vypusk/');
    expect(issuePath('vtoroy-vypusk', 3)).toBe('/vypusk/vtoroy-vypusk/page/3/');
    expect(authorPath('anonim')).toBe('/avtor/anonim/');
    expect(authorPath('anonim', 1)).toBe('/avtor/anonim/');
    expect(authorPath('anonim', 2)).toBe('/avtor/anonim/page/2/');
  });

  it('makes full addresses on the site’s origin', () => {
    expect(absoluteUrl('/', SITE)).toBe('https://example.org/');
    expect(absoluteUrl('/og/a.png', SITE)).toBe('https://example.org/og/a.png');
  });
});

describe('under a sub-path (BASE_URL /sub/, as on GitHub Pages)', () => {
  const underSub = () => vi.stubEnv('BASE_URL', '/sub/');

  it('puts the base in front of every site path', () => {
    underSub();
    expect(url('/')).toBe('/sub/');
    expect(url('/favicon.svg')).toBe('/sub/favicon.svg');
    expect(url('/page/2/')).toBe('/sub/page/2/');
  });

  it('gives an article’s path without the base, which url() then puts under it, even for an id that is the base’s name', () => {
    underSub();
    expect(articlePath('a')).toBe('/a/');
    expect(url(articlePath('a'))).toBe('/sub/a/');
    expect(url(articlePath('sub'))).toBe('/sub/sub/');
    expect(absoluteUrl(articlePath('a'), SITE)).toBe('https://example.org/sub/a/');
  });

  it('makes full addresses that keep the base', () => {
    underSub();
    expect(absoluteUrl('/sitemap-index.xml', SITE)).toBe('https://example.org/sub/sitemap-index.xml');
    expect(absoluteUrl('/a/', new URL('https://example.org/ignored/path/'))).toBe('https://example.org/sub/a/');
  });
});

describe('absoluteUrl without a site', () => {
  it('refuses, rather than print a relative address where a full one is needed', () => {
    expect(() => absoluteUrl('/a/', undefined)).toThrow(TypeError);
  });
});
