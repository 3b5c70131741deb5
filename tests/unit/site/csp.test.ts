import { describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES, CSP_HEADER_ONLY_DIRECTIVES, SEARCH_PAGE_SCRIPT_SOURCES, cspHash } from '../../../src/lib/site/csp.ts';

describe('cspHash', () => {
  // Expected values computed independently: base64(sha256(UTF-8 bytes)), as browsers hash inline scripts.
  it.each([
    ['', 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='],
    ['alert(1)', 'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='],
    ['Привет', 'sha256-3WecC5/UCKBBSKp9MMnfOT9ntyJ/ZWk//+DtbQ8K3lk='],
  ])('hashes %j to %s', (source, expected) => {
    expect(cspHash(source)).toBe(expected);
  });
});

describe('CSP directives', () => {
  it('deny everything by default', () => {
    expect(CSP_DIRECTIVES).toContain("default-src 'none'");
  });

  it('allow only the site itself, never another origin', () => {
    expect(CSP_DIRECTIVES).toEqual([
      "default-src 'none'",
      "img-src 'self'",
      "font-src 'self'",
      "connect-src 'self'",
      "manifest-src 'self'",
      "base-uri 'self'",
      "form-action 'self'",
      "object-src 'none'",
    ]);
  });

  it('keep framing out of the page, in the header only', () => {
    expect(CSP_HEADER_ONLY_DIRECTIVES).toEqual(["frame-ancestors 'none'"]);
  });
});

describe('the search page\'s script-src', () => {
  it("adds WebAssembly ('wasm-unsafe-eval') to the site's own scripts, and never inline code or eval", () => {
    expect(SEARCH_PAGE_SCRIPT_SOURCES).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(SEARCH_PAGE_SCRIPT_SOURCES).not.toContain("'unsafe-inline'");
    expect(SEARCH_PAGE_SCRIPT_SOURCES).not.toContain("'unsafe-eval'");
  });
});
