import { createHash } from 'node:crypto';

/**
 * The Content-Security-Policy beyond script-src and style-src, which Astro writes
 * with the hashes of the page's own inline code. Nothing from other origins.
 */
export const CSP_DIRECTIVES = [
  "default-src 'none'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
] as const;

/**
 * script-src of the search page alone. Pagefind runs its index in WebAssembly, which a
 * policy must allow by 'wasm-unsafe-eval' (it lets the page compile WebAssembly, not run
 * strings as JavaScript: no 'unsafe-eval'). Naming a source replaces Astro's default
 * 'self', so 'self' is named too: pagefind.js is loaded from the site itself.
 */
export const SEARCH_PAGE_SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/** Only an HTTP header can carry these: a <meta> policy ignores them (and says so in the console). */
export const CSP_HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"] as const;

/** `sha256-…` of an inline script's exact text, as CSP wants it. */
export function cspHash(source: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}`;
}
