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

/** The archive of issues: '/vypusk/'. */
export const ISSUES_PATH = '/vypusk/';

/** An issue's page, without the base: '/vypusk/<id>/', and '/vypusk/<id>/page/2/' for the next pages of a long issue. */
export function issuePath(id: string, page = 1): string {
  return page === 1 ? `${ISSUES_PATH}${id}/` : `${ISSUES_PATH}${id}/page/${page}/`;
}

/** An author's page, without the base: '/avtor/<id>/', and '/avtor/<id>/page/2/' for the next pages of a long list. */
export function authorPath(id: string, page = 1): string {
  return page === 1 ? `/avtor/${id}/` : `/avtor/${id}/page/${page}/`;
}
