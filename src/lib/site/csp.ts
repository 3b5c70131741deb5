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

/** Only an HTTP header can carry these: a <meta> policy ignores them (and says so in the console). */
export const CSP_HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"] as const;

/** `sha256-…` of an inline script's exact text, as CSP wants it. */
export function cspHash(source: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}`;
}
