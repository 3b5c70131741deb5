/** Where the built site will live; read from SITE_URL and BASE_PATH by astro.config.mjs. */
export const DEFAULT_SITE_URL = 'http://localhost:4321';

/** `/sub`, `sub/`, `/sub/` and `` all mean the same to a deployer; Astro wants `/sub/` or `/`. */
export function normalizeBasePath(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  if (trimmed === '') return '/';
  if (/[?#\s]/.test(trimmed)) throw new Error(`BASE_PATH «${raw}» must be a plain path such as /blog/`);
  return `/${trimmed}/`;
}

export function normalizeSiteUrl(raw: string | undefined): string {
  const value = (raw ?? '').trim() || DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL «${value}» is not an absolute URL such as https://example.org`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`SITE_URL «${value}» must start with http:// or https://`);
  }
  return url.origin;
}

/** Joins the base and a site-relative path: withBase('/sub/', '/a/') → '/sub/a/'. */
export function withBase(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}
