import { describe, expect, it } from 'vitest';
import { editUrl } from '../../../src/lib/site/edit-link.ts';

describe('editUrl', () => {
  it('joins the base and the file path', () => {
    expect(editUrl('https://github.com/o/r/edit/main/', 'content/a.mdx')).toBe('https://github.com/o/r/edit/main/content/a.mdx');
    expect(editUrl('https://github.com/o/r/edit/main', 'content/a.mdx')).toBe('https://github.com/o/r/edit/main/content/a.mdx');
  });

  it('joins with exactly one slash whatever the two sides bring', () => {
    expect(editUrl('  https://e.org/edit//  ', '//content/a.mdx')).toBe('https://e.org/edit/content/a.mdx');
  });

  it('encodes a file name in Cyrillic, but not the slashes between folders', () => {
    expect(editUrl('https://e.org/edit', 'content/Итоги.mdx')).toBe('https://e.org/edit/content/%D0%98%D1%82%D0%BE%D0%B3%D0%B8.mdx');
  });

  it('encodes characters that would end the path', () => {
    expect(editUrl('https://e.org/edit', 'content/a #1?.mdx')).toBe('https://e.org/edit/content/a%20%231%3F.mdx');
  });

  it('gives no link without a base or without a file', () => {
    expect(editUrl('', 'content/a.mdx')).toBeUndefined();
    expect(editUrl('  ', 'content/a.mdx')).toBeUndefined();
    expect(editUrl('https://e.org/edit', undefined)).toBeUndefined();
    expect(editUrl('https://e.org/edit', '')).toBeUndefined();
  });
});
