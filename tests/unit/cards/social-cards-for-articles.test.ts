import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { coverFileOf, socialCardCache, socialCardFor, socialCardPath } from '../../../src/lib/cards/social-cards-for-articles.ts';

const data = {
  title: 'Как "не" потерять доверие',
  author: 'Anonim',
  publication: 'VA-11 HALL-A — НОВЕЛЛЬНЫЙ20!8',
  issueTitle: 'Второй выпуск',
  published: { year: 2025, month: 4 },
};

describe('socialCardFor', () => {
  it('puts the publication and issue on top, the typeset title, then author and date', () => {
    expect(socialCardFor(data)).toEqual({
      kicker: 'VA-11 HALL-A — НОВЕЛЛЬНЫЙ20!8 · Второй выпуск',
      title: 'Как «не» потерять доверие',
      footer: 'Anonim · апрель\u00a02025',
    });
  });

  it('gives the day when it is known', () => {
    expect(socialCardFor({ ...data, published: { year: 2025, month: 4, day: 15 } }).footer).toBe('Anonim · 15\u00a0апреля\u00a02025');
  });
});

describe('socialCardPath', () => {
  it('is /og/<id>.png, before the base', () => {
    expect(socialCardPath('poteryat-doverie-bossa')).toBe('/og/poteryat-doverie-bossa.png');
  });
});

describe('socialCardCache', () => {
  it('is social-cards inside the build’s cache folder', () => {
    expect(socialCardCache('/p/.cache')).toBe(path.join('/p/.cache', 'social-cards'));
  });
});

describe('coverFileOf', () => {
  const text = (fields: string) => `---\ntitle: Т\ndescription: О.\nauthor: А\npublication: П\nissue: В\npublished: 2025-04\n${fields}---\n\nТекст.\n`;

  it('finds the cover beside the article, as its frontmatter names it', () => {
    expect(coverFileOf('/site', 'content/2025/a.mdx', text('cover: ./oblozhki/a.jpg\ncoverAlt: Кот\n'))).toBe('/site/content/2025/oblozhki/a.jpg');
  });

  it('is undefined for an article without a cover', () => {
    expect(coverFileOf('/site', 'content/a.mdx', text(''))).toBeUndefined();
  });
});

describe('socialCardFor with a cover', () => {
  it('passes the cover file on to the card', () => {
    expect(socialCardFor({ ...data, coverFile: '/site/content/a.jpg' }).cover).toBe('/site/content/a.jpg');
    expect('cover' in socialCardFor(data)).toBe(false);
  });
});
