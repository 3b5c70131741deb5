import { cspHash } from './csp.ts';

const POLICY_META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;
const HASH_SOURCE = /^'sha(?:256|384|512)-[^']*'$/;
/** Inline elements whose text the policy must allow by hash: scripts that run (not JSON data) and style sheets. */
const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/gi;
const INLINE_STYLE = /<style[^>]*>([\s\S]*?)<\/style>/gi;

const hashesOf = (html: string, element: RegExp) => [...new Set([...html.matchAll(element)].map((match) => `'${cspHash(match[1]!)}'`))];

/**
 * A page's Content-Security-Policy with only its own hashes. Astro puts the hash of
 * every inline script and style of the whole site (and of its island runtime, which
 * this site never loads) into every page: dozens of sources no page needs, about
 * 45 bytes each that brotli cannot shrink, and a policy looser than it could be.
 * Other sources ('self', 'wasm-unsafe-eval') and every other directive stay as they are.
 */
export function pageOwnCsp(html: string): string {
  const meta = POLICY_META.exec(html);
  if (!meta) return html;
  const hashes: Record<string, string[]> = { 'script-src': hashesOf(html, INLINE_SCRIPT), 'style-src': hashesOf(html, INLINE_STYLE) };
  const policy = meta[2]!
    .split(';')
    .map((directive) => {
      const [name = '', ...sources] = directive.trim().split(/\s+/);
      const own = hashes[name.toLowerCase()];
      if (!own) return directive.trim();
      return [name, ...sources.filter((source) => !HASH_SOURCE.test(source)), ...own].join(' ');
    })
    .filter(Boolean)
    .join(';');
  return html.replace(POLICY_META, (_, start: string, _policy: string, end: string) => `${start}${policy}${end}`);
}
