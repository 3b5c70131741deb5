import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { pageOwnCsp } from '../../../src/lib/site/page-csp.ts';

// Hashes computed independently: base64(sha256(UTF-8 text)), as browsers hash inline code.
const ALERT = "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"; // alert(1)
const EMPTY = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"; // ''
const STALE = "'sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='";
const page = (policy: string, body: string) => `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;
const policyOf = (html: string) => /content="([^"]*)"/.exec(html)![1];

describe('pageOwnCsp', () => {
  it('keeps in script-src and style-src only the hashes of the page’s own inline code, other sources as they were', () => {
    const html = pageOwnCsp(page(`default-src 'none';script-src 'self' 'wasm-unsafe-eval' ${STALE} ${ALERT};style-src 'self' ${STALE}`, '<script>alert(1)</script><style></style>'));
    expect(policyOf(html)).toBe(`default-src 'none';script-src 'self' 'wasm-unsafe-eval' ${ALERT};style-src 'self' ${EMPTY}`);
  });

  it('leaves out scripts that load a file or carry data, and lists a script used twice once', () => {
    const html = pageOwnCsp(page(`script-src 'self' ${STALE}`, '<script src="/a.js"></script><script type="application/ld+json">{"a":1}</script><script type="module">alert(1)</script><script>alert(1)</script>'));
    expect(policyOf(html)).toBe(`script-src 'self' ${ALERT}`);
  });

  it('leaves a page without a policy, and the rest of the page, as they are', () => {
    expect(pageOwnCsp('<p>Текст</p>')).toBe('<p>Текст</p>');
    const html = page(`script-src 'self' ${STALE}`, '<p>«Текст»</p><script>alert(1)</script>');
    expect(pageOwnCsp(html).replace(/content="[^"]*"/, '')).toBe(html.replace(/content="[^"]*"/, ''));
  });
});

describe('pageOwnCsp, what counts as the page’s own code', () => {
  // Independently computed: base64(sha256('a()')), base64(sha256('b()\nc()')), base64(sha256('p{}\ni{}')).
  const A = `'sha256-${createHash('sha256').update('a()').digest('base64')}'`;
  const BC = `'sha256-${createHash('sha256').update('b()\nc()').digest('base64')}'`;
  const STYLE = `'sha256-${createHash('sha256').update('p{}\ni{}').digest('base64')}'`;

  it('hashes every inline script that runs, over several lines, whatever its attributes, and skips files and data', () => {
    const html = pageOwnCsp(page(`script-src 'self'`, '<script async src="/x.js"></script><script type="application/json">{"x":1}</script><script type="module">a()</script><script data-x="1">b()\nc()</script>'));
    expect(policyOf(html)).toBe(`script-src 'self' ${A} ${BC}`);
  });

  it('hashes a style sheet over several lines, with its attributes', () => {
    expect(policyOf(pageOwnCsp(page(`style-src 'self'`, '<style media="print">p{}\ni{}</style>')))).toBe(`style-src 'self' ${STYLE}`);
  });

  it('drops only whole hash sources, and tidies spaces and an empty directive', () => {
    const html = pageOwnCsp(page(` default-src 'none' ; script-src 'self' 'unsafe-hashes' x'sha256-a' 'sha256-a'x 'sha384-b' 'sha512-c' ;`, '<script>a()</script>'));
    expect(policyOf(html)).toBe(`default-src 'none';script-src 'self' 'unsafe-hashes' x'sha256-a' 'sha256-a'x ${A}`);
  });
});
