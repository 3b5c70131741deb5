import { describe, expect, it } from 'vitest';
import { articleJsonLd, jsonForScript } from '../../../src/lib/site/structured-data.ts';

const input = {
  url: 'https://e.org/a/', headline: 'З', description: 'О', author: 'A', datePublished: '2025-04',
  image: 'https://e.org/og/a.png', publisher: 'P', publisherUrl: 'https://e.org/', inLanguage: 'ru',
};

describe('articleJsonLd', () => {
  it('describes an Article with the fields previews read', () => {
    expect(articleJsonLd(input)).toMatchObject({ '@type': 'Article', headline: 'З', author: { name: 'A' }, datePublished: '2025-04', inLanguage: 'ru' });
  });

  it('adds dateModified only when the article was updated', () => {
    expect(articleJsonLd(input)).not.toHaveProperty('dateModified');
    expect(articleJsonLd({ ...input, dateModified: '2025-05-02' })).toHaveProperty('dateModified', '2025-05-02');
  });
});

describe('jsonForScript', () => {
  it('cannot close the script element it sits in', () => {
    const json = jsonForScript({ headline: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('</script>');
    expect(JSON.parse(json).headline).toBe('</script><script>alert(1)</script>');
  });
});
