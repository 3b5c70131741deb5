import { describe, expect, it } from 'vitest';
import { articleJsonLd, jsonForScript } from '../../../src/lib/site/structured-data.ts';

const input = {
  url: 'https://e.org/a/', headline: 'З', description: 'О', author: 'A', datePublished: '2025-04',
  image: 'https://e.org/og/a.png', publisher: 'P', publisherUrl: 'https://e.org/', inLanguage: 'ru',
};

describe('articleJsonLd', () => {
  it('describes a schema.org Article with the fields previews read', () => {
    expect(articleJsonLd(input)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Article',
      mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://e.org/a/' },
      url: 'https://e.org/a/',
      headline: 'З',
      description: 'О',
      author: { '@type': 'Person', name: 'A' },
      datePublished: '2025-04',
      image: ['https://e.org/og/a.png'],
      publisher: { '@type': 'Organization', name: 'P', url: 'https://e.org/' },
      inLanguage: 'ru',
    });
  });

  it('adds dateModified only when the article was updated', () => {
    expect(articleJsonLd(input)).not.toHaveProperty('dateModified');
    expect(articleJsonLd({ ...input, dateModified: undefined })).not.toHaveProperty('dateModified');
    expect(articleJsonLd({ ...input, dateModified: '2025-05-02' })).toHaveProperty('dateModified', '2025-05-02');
  });
});

describe('jsonForScript', () => {
  it('escapes every <, so no text can close the script element it sits in', () => {
    expect(jsonForScript({ headline: '</script><script>alert(1)</script>' })).toBe(
      '{"headline":"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>"}',
    );
  });

  it('escapes the start of an HTML comment too', () => {
    expect(jsonForScript('<!--')).toBe('"\\u003c!--"');
  });

  it('stays JSON that reads back to the same value', () => {
    const value = { headline: 'a < b', list: ['<', 1, null] };
    expect(JSON.parse(jsonForScript(value))).toEqual({ headline: 'a < b', list: ['<', 1, null] });
  });
});
