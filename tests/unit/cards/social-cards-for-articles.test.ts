import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { socialCardFor, socialCardPath } from '../../../src/lib/cards/social-cards-for-articles.ts';

const data = {
  title: 'Как "не" потерять доверие',
  description: 'О доверии.',
  author: 'Anonim',
  publication: 'VA-11 HALL-A — НОВЕЛЛЬНЫЙ20!8',
  issue: 'Второй выпуск',
  published: { year: 2025, month: 4 },
  draft: false,
};

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe('socialCardFor', () => {
  it('puts the publication and issue on top, the typeset title, then author and date', () => {
    expect(socialCardFor(data)).toEqual({
      kicker: 'VA-11 HALL-A — НОВЕЛЛЬНЫЙ20!8 · Второй выпуск',
      title: 'Как\u00a0«не» потерять доверие',
      footer: 'Anonim · апрель 2025',
    });
  });

  it('gives the day when it is known', () => {
    expect(socialCardFor({ ...data, published: { year: 2025, month: 4, day: 15 } }).footer).toBe('Anonim · 15 апреля 2025');
  });
});

describe('socialCardPath', () => {
  it('is /og/<id>.png, before the base', () => {
    expect(socialCardPath('poteryat-doverie-bossa')).toBe('/og/poteryat-doverie-bossa.png');
  });
});

describe('SOCIAL_CARD_CACHE', () => {
  const load = async () => (await import('../../../src/lib/cards/social-cards-for-articles.ts')).SOCIAL_CARD_CACHE;

  it('is .cache/social-cards in the project folder by default', async () => {
    vi.stubEnv('SOCIAL_CARD_CACHE', '');
    expect(await load()).toBe(path.join(process.cwd(), '.cache', 'social-cards'));
  });

  it('moves where SOCIAL_CARD_CACHE says', async () => {
    vi.stubEnv('SOCIAL_CARD_CACHE', '/tmp/cards-elsewhere');
    expect(await load()).toBe('/tmp/cards-elsewhere');
  });
});
