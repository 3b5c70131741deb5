/**
 * Link to an article's source for editors, e.g. EDIT_URL_BASE=https://github.com/org/repo/edit/main
 * and `content/a.mdx` → …/edit/main/content/a.mdx. No base, no link.
 */
export function editUrl(base: string, filePath: string | undefined): string | undefined {
  if (!base.trim() || !filePath) return undefined;
  const path = filePath.split('/').map(encodeURIComponent).join('/');
  return `${base.trim().replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}
