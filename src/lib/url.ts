import { withBase } from './site-url.ts';

/** A site-relative path with the deploy base in front: url('/a/') → '/sub/a/'. */
export function url(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}

export function articlePath(id: string): string {
  return url(`/${id}/`);
}
