import { brotliCompressSync, constants } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { unrepeatedWords } from '../../support/long-text.ts';
import { ARTICLE_OWN_ALLOWANCE, articleOwnBrotli, brotliSize, BUDGET, budgetFor, inlineBlocks, isOtherOrigin, renderSubresources, SEARCH_PAGE_BUDGET, weighPage } from '../../../src/lib/tooling/page-weight.ts';

const ORIGIN = 'https://site.example';
const nothing = () => new Uint8Array();
/** Brotli at quality 11, computed here with zlib directly. */
const br = (content: string) => brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

describe('BUDGET', () => {
  it('allows an article page 10 000 bytes brotli in 2 requests, 2 000 of them JavaScript', () => {
    expect(BUDGET).toEqual({ totalBrotli: 10_000, requests: 2, jsBrotli: 2_000 });
  });

  it('allows the search page 30 000 bytes before the first query, 4 000 of them JavaScript, in 2 requests', () => {
    expect(SEARCH_PAGE_BUDGET).toEqual({ totalBrotli: 30_000, requests: 2, jsBrotli: 4_000 });
    expect(budgetFor('poisk/index.html', 'poisk/index.html', articlePage(20_000))).toBe(SEARCH_PAGE_BUDGET);
    expect(budgetFor('poteryat-doverie-bossa/index.html', 'poisk/index.html', articlePage(1_000))).toBe(BUDGET);
    expect(budgetFor('index.html', 'poisk/index.html', '<main><p>Статьи</p></main>')).toBe(BUDGET);
  });
});

/** An article page: site chrome around a TOC and the text. */
function articlePage(words: number): string {
  return `<html><body><header>Журнал</header><nav class="toc"><ol class="toc__list"><li><a href="#a">Раздел</a></li></ol></nav>`
    + `<div class="prose astro-x1"><h2 id="a">Раздел</h2><p>${unrepeatedWords(words)}</p></div><footer>Все статьи</footer></body></html>`;
}

describe('articleOwnBrotli', () => {
  it('weighs the article text and its TOC, not the page around them', () => {
    const page = articlePage(500);
    const own = '<ol class="toc__list"><li><a href="#a">Раздел</a></li></ol>' + `<div class="prose astro-x1"><h2 id="a">Раздел</h2><p>${unrepeatedWords(500)}</p></div>`;
    expect(articleOwnBrotli(page)).toBe(br(own));
    expect(articleOwnBrotli(page.replace('<header>Журнал</header>', `<header>${unrepeatedWords(300)}</header>`))).toBe(br(own));
  });

  it('is 0 on a page without an article', () => {
    expect(articleOwnBrotli('<html><body><main><p>Все статьи</p></main></body></html>')).toBe(0);
    expect(articleOwnBrotli('<p class="prosecco">не статья</p>')).toBe(0);
  });
});

describe('budgetFor an article page', () => {
  it('keeps 10 000 bytes while the text and TOC weigh up to 3 500', () => {
    expect(ARTICLE_OWN_ALLOWANCE).toBe(3_500);
    const short = articlePage(1_000);
    expect(articleOwnBrotli(short)).toBeLessThanOrEqual(ARTICLE_OWN_ALLOWANCE);
    expect(budgetFor('a/index.html', 'poisk/index.html', short)).toBe(BUDGET);
  });

  it('grows by exactly what a longer article’s own part weighs beyond that, and nothing else', () => {
    const long = articlePage(6_000);
    const own = articleOwnBrotli(long);
    expect(own).toBeGreaterThan(ARTICLE_OWN_ALLOWANCE);
    expect(budgetFor('a/index.html', 'poisk/index.html', long)).toEqual({ ...BUDGET, totalBrotli: BUDGET.totalBrotli + own - ARTICLE_OWN_ALLOWANCE });
  });
});

describe('brotliSize', () => {
  const PROSE = 'Доверие гораздо легче потерять, чем получить. Независимо от того, как долго вы были отличным и надёжным сотрудником, если вы принимаете некоторые нежелательные привычки — даже на короткое время — вы можете нанести значительный ущерб своей с трудом заработанной репутации.';

  it('measures at the highest quality, as hosts pre-compress: 501 bytes of prose → 214 (quality 5 would give 263)', () => {
    expect(Buffer.byteLength(PROSE)).toBe(501);
    expect(brotliSize(PROSE)).toBe(214);
  });

  it('measures bytes the same as the text they encode', () => {
    expect(brotliSize(Buffer.from(PROSE))).toBe(214);
  });
});

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

  it('does not count deferred or async head scripts, or module preloads, as blocking', () => {
    const html = '<head><script defer src="/d.js"></script><script async src="/a.js"></script><link rel="modulepreload" href="/p.js"></head>';
    expect(renderSubresources(html)).toEqual([
      { kind: 'js', url: '/d.js', renderBlocking: false },
      { kind: 'js', url: '/a.js', renderBlocking: false },
      { kind: 'js', url: '/p.js', renderBlocking: false },
    ]);
  });

  it('reads attributes in any case and any quoting', () => {
    const html = `<head><LINK REL='Stylesheet' HREF='/q.css'><link rel=stylesheet href=/u.css><SCRIPT SRC="/s.js"></SCRIPT></head>`;
    expect(renderSubresources(html)).toEqual([
      { kind: 'css', url: '/q.css', renderBlocking: true },
      { kind: 'css', url: '/u.css', renderBlocking: true },
      { kind: 'js', url: '/s.js', renderBlocking: true },
    ]);
  });

  it('leaves out what is not fetched to render: other preloads, icons, links without a target, inline scripts', () => {
    const html = '<head><link rel="preload" as="style" href="/x.css"><link rel="preload" as="image" href="/i.png"><link rel="stylesheet"><script>1</script></head>';
    expect(renderSubresources(html)).toEqual([]);
  });

  it('finds a font named only in inline CSS', () => {
    expect(renderSubresources('<style>@font-face{src:url(/g.woff2)}</style>')).toEqual([{ kind: 'font', url: '/g.woff2', renderBlocking: false }]);
  });

  it('finds fonts in inline CSS however the url() is written, each font once', () => {
    const html = `<link rel="preload" as="font" href="/a.woff2"><style>
      @font-face{src:url(/a.woff2)} @font-face{src:url("/b.woff")} @font-face{src:url( '/c.ttf' )} @font-face{src:url(/d.otf)}
      .x{background:url(/e.png)}</style>`;
    expect(renderSubresources(html).map((r) => r.url)).toEqual(['/a.woff2', '/b.woff', '/c.ttf', '/d.otf']);
  });
});

describe('inlineBlocks', () => {
  it('returns the text of every inline <style>, whatever its type', () => {
    expect(inlineBlocks('<style>a{}</style><style type="text/css" media="print">b{}</style>', 'style')).toEqual(['a{}', 'b{}']);
  });

  it('returns inline scripts that run, not external ones or data blocks', () => {
    const html = `<script>one()</script><script type="module">two()</script><script type="text/javascript">three()</script>
      <script src="/a.js"></script><SCRIPT SRC = "/b.js"></SCRIPT><script type="application/ld+json">{}</script>
      <script type=application/json>{}</script><script type = "importmap">{}</script>`;
    expect(inlineBlocks(html, 'script')).toEqual(['one()', 'two()', 'three()']);
  });
});

describe('isOtherOrigin', () => {
  it.each([
    ['/a.css', false], ['a.css', false], ['/a:b.css', false], [`${ORIGIN}/a.css`, false],
    ['data:font/woff2;base64,AA', false], ['blob:https://site.example/1', false], ['mailto:a@b.example', false], ['tel:+70000000000', false],
    ['https://cdn.example/a.css', true], ['https://cdn.example/data:x.css', true], ['http://site.example/a.css', true], ['//cdn.example/a.js', true],
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
    expect(weight.jsBrotli).toBe(br(files['/m.js']!));
    expect(weight.totalBrotli).toBe(br(html) + br(files['/a.css']!) + br(files['/m.js']!));
    expect(weight.renderBlockingScripts).toEqual([]);
    expect(weight.otherOrigins).toEqual([]);
  });

  it('does not count stylesheets as JavaScript', () => {
    const weight = weighPage('<link rel="stylesheet" href="/a.css">', () => Buffer.from('a{}'.repeat(20)), ORIGIN);
    expect(weight.jsBrotli).toBe(0);
  });

  it('lists the scripts that block rendering, by URL', () => {
    const html = '<head><link rel="stylesheet" href="/a.css"><script src="/block.js"></script></head>';
    expect(weighPage(html, () => Buffer.from('x'), ORIGIN).renderBlockingScripts).toEqual(['/block.js']);
  });

  it('reports other origins without fetching them', () => {
    const html = '<link rel="stylesheet" href="https://fonts.example/css">';
    const weight = weighPage(html, () => { throw new Error('fetched'); }, ORIGIN);
    expect(weight.otherOrigins).toEqual(['https://fonts.example/css']);
    expect(weight.requests).toBe(2);
    expect(weight.totalBrotli).toBe(br(html));
  });

  it('does not count JSON-LD as JavaScript', () => {
    expect(weighPage('<script type="application/ld+json">{"@type":"Article","headline":"long text here"}</script>', nothing, ORIGIN).jsBrotli).toBe(0);
    expect(weighPage('<script type="module">import("/x.js")</script>', nothing, ORIGIN).jsBrotli).toBe(br('import("/x.js")'));
  });

  it('counts inline scripts toward the JS figure, but not empty ones', () => {
    expect(weighPage('<p>x</p><script>console.log("hello world")</script>', nothing, ORIGIN).jsBrotli).toBe(br('console.log("hello world")'));
    expect(weighPage('<p>x</p><script> \n </script>', nothing, ORIGIN).jsBrotli).toBe(0);
    expect(weighPage('<p>x</p>', nothing, ORIGIN).jsBrotli).toBe(0);
  });
});
