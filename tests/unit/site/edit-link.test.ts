import { describe, expect, it } from 'vitest';
import { editUrl } from '../../../src/lib/site/edit-link.ts';

describe('editUrl', () => {
  it('joins the base and the file path', () => {
    expect(editUrl('https://github.com/o/r/edit/main/', 'content/a.mdx')).toBe('https://github.com/o/r/edit/main/content/a.mdx');
  });

  it('encodes a file name in Cyrillic', () => {
    expect(editUrl('https://e.org/edit', 'content/Итоги.mdx')).toBe('https://e.org/edit/content/%D0%98%D1%82%D0%BE%D0%B3%D0%B8.mdx');
  });

  it('gives no link without a base', () => {
    expect(editUrl('', 'content/a.mdx')).toBeUndefined();
    expect(editUrl('  ', 'content/a.mdx')).toBeUndefined();
  });
});
