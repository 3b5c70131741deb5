import { describe, expect, it } from 'vitest';
import { feedHtml } from '../../../src/lib/site/feed-html.ts';

const page = 'https://example.org/sub/statya/';

describe('feedHtml', () => {
  it('makes links, pictures and sources absolute against the page, fragments included', () => {
    const html = feedHtml(
      '<p><a href="/sub/drugaya/">a</a> <a href="#itogi">b</a> <a href="https://other.example/x">c</a></p>' +
        '<picture><source srcset="/sub/_astro/a.avif 360w, /sub/_astro/b.avif 720w" type="image/avif"><img src="/sub/_astro/a.jpg" alt="Кот"></picture>' +
        '<video src="clip.mp4" poster="/sub/p.jpg"></video><blockquote cite="/sub/source/">q</blockquote>',
      page,
    );
    expect(html).toContain('href="https://example.org/sub/drugaya/"');
    expect(html).toContain('href="https://example.org/sub/statya/#itogi"');
    expect(html).toContain('href="https://other.example/x"');
    expect(html).toContain('srcset="https://example.org/sub/_astro/a.avif 360w, https://example.org/sub/_astro/b.avif 720w"');
    expect(html).toContain('src="https://example.org/sub/_astro/a.jpg"');
    expect(html).toContain('src="https://example.org/sub/statya/clip.mp4"');
    expect(html).toContain('poster="https://example.org/sub/p.jpg"');
    expect(html).toContain('cite="https://example.org/sub/source/"');
  });

  it('drops scripts, styles, forms and event handlers, keeping the text around them', () => {
    const html = feedHtml(
      '<p onclick="steal()" style="color:red">До<script>alert(1)</script> после</p><style>p{}</style><form><input name="q"><button>Искать</button></form><svg><script>x()</script></svg><a href="javascript:alert(1)">ссылка</a>',
      page,
    );
    expect(html).toBe('<p>До после</p><a>ссылка</a>');
  });

  it('leaves out the «#» links beside headings but keeps the headings', () => {
    const html = feedHtml('<div class="heading heading--h2"><h2 id="itogi">Итоги</h2><a class="heading__anchor" href="#itogi" aria-label="Ссылка на раздел"><span aria-hidden="true">#</span></a></div>', page);
    expect(html).toBe('<div class="heading heading--h2"><h2 id="itogi">Итоги</h2></div>');
  });

  it('keeps Russian text and entities intact', () => {
    expect(feedHtml('<p>«Ёлка» — 5&nbsp;минут &amp; 2&lt;3</p>', page)).toBe('<p>«Ёлка» — 5&nbsp;минут &amp; 2&lt;3</p>');
  });
});

describe('feedHtml, details', () => {
  it('drops every element that runs code, takes input or means nothing outside the page', () => {
    const html = feedHtml(
      '<p>Текст</p><noscript>н</noscript><template>т</template><iframe src="/x"></iframe><object data="/x"></object><embed src="/x"><select><option>о</option></select><textarea>т</textarea><input name="q"><button>к</button><math><mi>x</mi></math><svg></svg><form></form>',
      page,
    );
    expect(html).toBe('<p>Текст</p>');
  });

  it('keeps attributes that merely contain «on», and addresses that merely contain «javascript»', () => {
    expect(feedHtml('<p data-reason="x" lang="ru"><a href="https://example.org/javascript-guide">a</a></p>', page)).toBe(
      '<p data-reason="x" lang="ru"><a href="https://example.org/javascript-guide">a</a></p>',
    );
  });

  it('drops a script address even after spaces, and trims spaces around an address', () => {
    expect(feedHtml('<a href="  javascript:alert(1)">a</a><a href=" /sub/x/ ">b</a><img src="data:text/html,x" alt="c">', page)).toBe(
      '<a>a</a><a href="https://example.org/sub/x/">b</a><img alt="c">',
    );
  });

  it('reads a srcset with extra spaces and a trailing comma', () => {
    expect(feedHtml('<img srcset="/a.avif   360w,  /b.avif 720w," alt="">', page)).toBe('<img srcset="https://example.org/a.avif 360w, https://example.org/b.avif 720w" alt="">');
  });

  it('leaves an address it cannot read as it is, and trims the whole', () => {
    expect(feedHtml('\n<a href="http://[bad">a</a>\n', page)).toBe('<a href="http://[bad">a</a>');
  });
});
