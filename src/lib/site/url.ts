import { withBase } from './site-url.ts';

/** A site-relative path with the deploy base in front: url('/a/') → '/sub/a/'. */
export function url(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}

/**
 * The full address of a site-relative path (one without the base), as feeds, sitemaps and
 * link previews need it: SITE_URL's origin, then the base, then the path, the base once.
 */
export function absoluteUrl(path: string, site: URL | undefined): string {
  return new URL(url(path), site).href;
}

/** An article's site-relative path, without the base: '/slug/'. Links take url() of it, full addresses absoluteUrl(). */
export function articlePath(id: string): string {
  return `/${id}/`;
}
