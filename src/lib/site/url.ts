import { withBase } from './site-url.ts';

/** A site-relative path with the deploy base in front: url('/a/') → '/sub/a/'. */
export function url(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}

/** The full address of a site-relative path, as feeds, sitemaps and link previews need it. */
export function absoluteUrl(path: string, site: URL | undefined): string {
  return new URL(url(path), site).href;
}

export function articlePath(id: string): string {
  return url(`/${id}/`);
}
