import { describe, expect, it } from 'vitest';
import { mdxToJs } from 'satteri';
import { createBaseLinksPlugin, rebaseRootPath } from '../../../src/lib/markdown/base-links-plugin.ts';

/** The compiled MDX module, up to the wrapper every module shares. */
const mdx = async (source: string, base = '/sub/') =>
  (await mdxToJs(source, { hastPlugins: [createBaseLinksPlugin(base)] })).code.split('function MDXContent')[0]!;

describe('rebaseRootPath', () => {
  it.each([
    ['/', '/sub/'],
    ['/a/', '/sub/a/'],
    ['/a/?x=1#top', '/sub/a/?x=1#top'],
    ['/og/a.png', '/sub/og/a.png'],
    ['/subway/', '/sub/subway/'],
  ])('puts the base in front of the site path %s → %s', (value, expected) => {
    expect(rebaseRootPath('/sub/', value)).toBe(expected);
  });

  it.each([
    ['/sub/', 'the base itself'],
    ['/sub/x', 'a path under the base (never /sub/sub/x)'],
    ['/sub', 'the base without its slash'],
    ['/sub#top', 'the base with a fragment (never /sub/sub#top)'],
    ['/sub?x=1', 'the base with a query'],
    ['#top', 'a fragment of the same page'],
    ['https://example.org/a/', 'another site'],
    ['//cdn.example/a.js', 'another host, protocol-relative'],
    ['mailto:a@example.org', 'an e-mail address'],
    ['a/b', 'a relative path'],
    ['', 'an empty link'],
  ])('leaves %s alone: %s', (value) => {
    expect(rebaseRootPath('/sub/', value)).toBe(value);
  });

  it('works with a base of several segments', () => {
    expect(rebaseRootPath('/a/b/', '/x/')).toBe('/a/b/x/');
    expect(rebaseRootPath('/a/b/', '/a/b/x/')).toBe('/a/b/x/');
    expect(rebaseRootPath('/a/b/', '/a/b#top')).toBe('/a/b#top');
    expect(rebaseRootPath('/a/b/', '/a/x/')).toBe('/a/b/a/x/');
  });

  it('changes nothing at the root of the origin', () => {
    expect(rebaseRootPath('/', '/')).toBe('/');
    expect(rebaseRootPath('/', '/a/#top')).toBe('/a/#top');
    expect(rebaseRootPath('/', '//cdn.example/a.js')).toBe('//cdn.example/a.js');
  });
});

describe('createBaseLinksPlugin in MDX', () => {
  it('rebases the tags an editor writes by hand, which MDX keeps as JSX', async () => {
    const code = await mdx('<video src="/clip.mp4" controls><source src="/clip.webm" /></video>\n\n<audio src="/talk.mp3" />\n\nСм. <img src="/chart.png" alt="" /> и <a href="/a/">статью</a>.\n');
    expect(code).toContain('src: "/sub/clip.mp4"');
    expect(code).toContain('src: "/sub/clip.webm"');
    expect(code).toContain('src: "/sub/talk.mp3"');
    expect(code).toContain('src: "/sub/chart.png"');
    expect(code).toContain('href: "/sub/a/"');
  });

  it('leaves JSX expressions, other origins, paths already under the base and components alone', async () => {
    const code = await mdx('<a href={"/e/"}>e</a> <a href="https://e.org/">x</a> <a href="/sub/y/">y</a> <Aside src="/f/" />\n');
    expect(code).toContain('href: "/e/"');
    expect(code).toContain('href: "https://e.org/"');
    expect(code).toContain('href: "/sub/y/"');
    expect(code).toContain('src: "/f/"');
  });
});
