import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { socialCardCache, socialCardFor, socialCardPath } from '../../../src/lib/cards/social-cards-for-articles.ts';

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
