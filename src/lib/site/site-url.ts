/** Where the built site will live; read from SITE_URL and BASE_PATH by astro.config.mjs. */
export const DEFAULT_SITE_URL = 'http://localhost:4321';

/** A path segment as RFC 3986 allows it, minus `%` (an escape would be decoded into something else). */
const SEGMENT = /^[A-Za-z0-9._~!$&'()*+,;=:@-]+$/;

/**
 * `/sub`, `sub/`, `/sub/` and `` all mean the same to a deployer; Astro wants `/sub/` or `/`.
 * Anything but plain path segments is refused: a backslash makes browsers leave the site
 * (`\evil.com`), `..` climbs out of it, `%` and spaces are read differently by each server.
 */
export function normalizeBasePath(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  if (trimmed === '') return '/';
  const bad = trimmed.split('/').find((segment) => !SEGMENT.test(segment) || segment === '.' || segment === '..');
  if (bad !== undefined) {
    throw new Error(`BASE_PATH=${JSON.stringify(raw)}: expected path segments of letters, digits and - . _ ~ only, such as /magazine/ (refused: ${JSON.stringify(bad)})`);
  }
  return `/${trimmed}/`;
}

/** The origin the site is served from. A path belongs in BASE_PATH, where every URL then follows it. */
export function normalizeSiteUrl(raw: string | undefined): string {
  const value = (raw ?? '').trim() || DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL=${JSON.stringify(value)}: expected an absolute URL such as https://example.org`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`SITE_URL=${JSON.stringify(value)}: expected an http:// or https:// address`);
  }
  if (url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
    const path = url.pathname.replace(/\/+$/, '');
    throw new Error(
      `SITE_URL=${JSON.stringify(value)}: expected an origin only, such as ${url.origin}.` +
        (path ? ` Put the path in BASE_PATH: SITE_URL=${url.origin} BASE_PATH=${path}/` : ''),
    );
  }
  return url.origin;
}

/** Where an article's source can be edited: an https:// address, or nothing (no edit link). */
export function normalizeEditUrlBase(raw: string | undefined): string {
  const value = (raw ?? '').trim();
  if (value === '') return '';
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (url?.protocol !== 'https:') {
    throw new Error(`EDIT_URL_BASE=${JSON.stringify(value)}: expected an https:// address such as https://github.com/org/repo/edit/main`);
  }
  return value;
}

/** Joins the base and a site-relative path: withBase('/sub/', '/a/') → '/sub/a/'. */
export function withBase(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}
