import { describe, expect, it } from 'vitest';
import { mdxToJs } from 'satteri';
import { createBaseLinksPlugin } from '../../../src/lib/markdown/base-links-plugin.ts';

/** The compiled MDX module, up to the wrapper every module shares. */
const mdx = async (source: string, base = '/sub/') =>
  (await mdxToJs(source, { hastPlugins: [createBaseLinksPlugin(base)] })).code.split('function MDXContent')[0]!;

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
