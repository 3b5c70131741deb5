import { describe, expect, it } from 'vitest';
import { isOtherOrigin, renderSubresources, weighPage } from '../../../src/lib/tooling/page-weight.ts';

const ORIGIN = 'https://site.example';

describe('renderSubresources', () => {
  it('finds stylesheets, scripts and fonts, and marks a classic head script as blocking', () => {
    const html = `<html><head><link rel="stylesheet" href="/a.css"><script src="/block.js"></script>
      <script type="module" src="/m.js"></script><link rel="preload" as="font" href="/f.woff2" crossorigin>
      <link rel="icon" href="/favicon.svg"><style>@font-face{src:url(/g.woff2)}</style></head><body><script src="/late.js"></script></body></html>`;
    expect(renderSubresources(html)).toEqual([
      { kind: 'css', url: '/a.css', renderBlocking: true },
      { kind: 'js', url: '/block.js', renderBlocking: true },
      { kind: 'js', url: '/m.js', renderBlocking: false },
      { kind: 'font', url: '/f.woff2', renderBlocking: false },
      { kind: 'js', url: '/late.js', renderBlocking: false },
      { kind: 'font', url: '/g.woff2', renderBlocking: false },
    ]);
  });
});

describe('isOtherOrigin', () => {
  it.each([
    ['/a.css', false], ['a.css', false], [`${ORIGIN}/a.css`, false], ['data:font/woff2;base64,AA', false],
    ['https://cdn.example/a.css', true], ['//cdn.example/a.js', true],
  ])('%s → %s', (url, expected) => {
    expect(isOtherOrigin(url, ORIGIN)).toBe(expected);
  });
});

describe('weighPage', () => {
  it('counts one request per subresource and adds their compressed bytes', () => {
    const html = '<html><head><link rel="stylesheet" href="/a.css"></head><body><script type="module" src="/m.js"></script></body></html>';
    const files: Record<string, string> = { '/a.css': 'body{color:red}'.repeat(50), '/m.js': 'console.log(1);'.repeat(50) };
    const weight = weighPage(html, (url) => Buffer.from(files[url]!), ORIGIN);
    expect(weight.requests).toBe(3);
    expect(weight.jsBrotli).toBeGreaterThan(0);
    expect(weight.totalBrotli).toBeGreaterThan(weight.jsBrotli);
    expect(weight.renderBlockingScripts).toEqual([]);
  });

  it('reports other origins without fetching them', () => {
    const html = '<link rel="stylesheet" href="https://fonts.example/css">';
    const weight = weighPage(html, () => { throw new Error('fetched'); }, ORIGIN);
    expect(weight.otherOrigins).toEqual(['https://fonts.example/css']);
  });

  it('does not count JSON-LD as JavaScript', () => {
    const weight = weighPage('<script type="application/ld+json">{"@type":"Article","headline":"long text here"}</script>', () => new Uint8Array(), ORIGIN);
    expect(weight.jsBrotli).toBe(0);
    expect(weighPage('<script type="module">import("/x.js")</script>', () => new Uint8Array(), ORIGIN).jsBrotli).toBeGreaterThan(0);
  });

  it('counts inline scripts toward the JS figure', () => {
    const withScript = weighPage('<p>x</p><script>console.log("hello world")</script>', () => new Uint8Array(), ORIGIN);
    const without = weighPage('<p>x</p>', () => new Uint8Array(), ORIGIN);
    expect(withScript.jsBrotli).toBeGreaterThan(0);
    expect(without.jsBrotli).toBe(0);
  });
});
