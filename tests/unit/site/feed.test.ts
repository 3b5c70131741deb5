import { describe, expect, it } from 'vitest';
import { escapeXml, FEED_SIZE } from '../../../src/lib/site/feed.ts';

describe('escapeXml', () => {
  it.each([
    ['&', '&amp;'],
    ['<', '&lt;'],
    ['>', '&gt;'],
    ['"', '&quot;'],
    ["'", '&apos;'],
  ])('escapes %s as %s', (char, expected) => {
    expect(escapeXml(char)).toBe(expected);
  });

  it('escapes every occurrence and leaves the rest of the text alone', () => {
    expect(escapeXml(`Том & Джерри <"b"> & 'c'`)).toBe('Том &amp; Джерри &lt;&quot;b&quot;&gt; &amp; &apos;c&apos;');
  });

  it('cannot inject markup into a feed element', () => {
    expect(escapeXml('</dc:creator><script>x</script>')).toBe('&lt;/dc:creator&gt;&lt;script&gt;x&lt;/script&gt;');
  });

  it('escapes an ampersand that looks like an entity: the author wrote text, not XML', () => {
    expect(escapeXml('&amp;')).toBe('&amp;amp;');
  });

  it('leaves plain text unchanged', () => {
    expect(escapeXml('Анна Иванова')).toBe('Анна Иванова');
  });
});

describe('FEED_SIZE', () => {
  it('is 50 articles', () => {
    expect(FEED_SIZE).toBe(50);
  });
});
