import { describe, expect, it } from 'vitest';
import { defineHastPlugin, markdownToHtml, mdxToJs } from 'satteri';
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

const html = async (markdown: string, base = '/sub/') =>
  (await markdownToHtml(markdown, { hastPlugins: [createBaseLinksPlugin(base)], features: { rawHtml: true } })).html;

describe('createBaseLinksPlugin in Markdown', () => {
  it('rebases links and images written in Markdown', async () => {
    expect(await html('[на главную](/) и [статья](/a/#s) ![схема](/chart.png)\n')).toBe(
      '<p><a href="/sub/">на главную</a> и <a href="/sub/a/#s">статья</a> <img src="/sub/chart.png" alt="схема"></p>\n',
    );
  });

  it('rebases src of <video>, <source>, <audio> and <img>, and href of <a>, in raw HTML', async () => {
    expect(await html('<video src="/v.mp4"><source src="/v.webm"></video> <audio src="/a.mp3"></audio> <img src="/i.png"> <a href="/x/">x</a>\n')).toBe(
      '<p><video src="/sub/v.mp4"><source src="/sub/v.webm"></video> <audio src="/sub/a.mp3"></audio> <img src="/sub/i.png"> <a href="/sub/x/">x</a></p>\n',
    );
  });

  it('leaves other elements and attributes, links off the site and links without a target alone', async () => {
    const source = '<iframe src="/f/"></iframe> <a title="/t/" name="x">anchor</a> <img alt="/alt/"> <a href="https://e.org/">e</a> <a href="/sub/y/">y</a> <a href="#s">s</a>\n';
    expect(await html(source)).toBe(source);
  });

  it('changes nothing at the root of the origin', async () => {
    expect(await html('[a](/a/) ![i](/i.png)\n', '/')).toBe('<p><a href="/a/">a</a> <img src="/i.png" alt="i"></p>\n');
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

  it('finds the address among other attributes, wherever it is written', async () => {
    const code = await mdx('<video controls muted src="/clip.mp4" />\n\n<a title="/t/" {...{ rel: "x" }} href="/a/">a</a>\n');
    expect(code).toContain('src: "/sub/clip.mp4"');
    expect(code).toContain('href: "/sub/a/"');
    expect(code).toContain('title: "/t/"');
  });

  it('leaves JSX expressions, other origins, paths already under the base and components alone', async () => {
    const code = await mdx('<a href={"/e/"}>e</a> <a href="https://e.org/">x</a> <a href="/sub/y/">y</a> <Aside src="/f/" /> <a name="n">n</a> <video href="/h/" />\n');
    expect(code).toContain('href: "/e/"');
    expect(code).toContain('name: "n"');
    expect(code).toContain('href: "/h/"');
    expect(code).toContain('href: "https://e.org/"');
    expect(code).toContain('href: "/sub/y/"');
    expect(code).toContain('src: "/f/"');
  });
});

describe('createBaseLinksPlugin as a plugin', () => {
  it('is a definition Sätteri accepts, named for its diagnostics', () => {
    const plugin = createBaseLinksPlugin('/sub/');
    expect(defineHastPlugin(plugin)).toBe(plugin);
    expect(plugin.name).toBe('base-path-links');
  });
});
