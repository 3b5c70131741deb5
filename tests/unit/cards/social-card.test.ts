import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cachedSocialCard, limitConcurrency, pngSize, renderSocialCard, titleFontSize } from '../../../src/lib/cards/social-card.ts';

const card = { kicker: 'VA-11 HALL-A — НОВЕЛЛЬНЫЙ20!8 · Второй выпуск', title: '4 надежных способа потерять доверие вашего босса', footer: 'Anonim · апрель 2025' };
let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('social card', () => {
  it('is a 1200×630 PNG, the same bytes every time', async () => {
    const first = await renderSocialCard(card);
    expect(pngSize(first)).toEqual({ width: 1200, height: 630 });
    expect(Buffer.compare(Buffer.from(first), Buffer.from(await renderSocialCard(card)))).toBe(0);
  });

  it('is drawn once and then read from the cache', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'cards-'));
    const drawn = await cachedSocialCard(card, dir);
    expect(readdirSync(dir)).toHaveLength(1);
    expect(Buffer.compare(Buffer.from(await cachedSocialCard(card, dir)), Buffer.from(drawn))).toBe(0);
    await cachedSocialCard({ ...card, title: 'Другая статья' }, dir);
    expect(readdirSync(dir)).toHaveLength(2);
  });

  it('steps long titles down in size', () => {
    expect(titleFontSize('Короткий')).toBeGreaterThan(titleFontSize('x'.repeat(100)));
  });

  it('refuses what is not a PNG', () => {
    expect(() => pngSize(new Uint8Array(30))).toThrow(/not a PNG/);
  });
});

describe('limitConcurrency', () => {
  it('never runs more than the limit at once, and runs everything', async () => {
    const limit = limitConcurrency(2);
    let running = 0;
    let most = 0;
    const results = await Promise.all(
      [1, 2, 3, 4, 5].map((n) =>
        limit(async () => {
          most = Math.max(most, ++running);
          await new Promise((resolve) => setTimeout(resolve, 5));
          running--;
          return n * 10;
        }),
      ),
    );
    expect(results).toEqual([10, 20, 30, 40, 50]);
    expect(most).toBe(2);
  });

  it('frees its slot when a job fails', async () => {
    const limit = limitConcurrency(1);
    await expect(limit(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await limit(async () => 'next')).toBe('next');
  });
});
