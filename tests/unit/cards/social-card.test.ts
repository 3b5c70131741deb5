import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { cachedSocialCard, CARD_HEIGHT, CARD_WIDTH, fitCardText, isCompleteCard, limitConcurrency, pngSize, renderSocialCard, titleFontSize } from '../../../src/lib/cards/social-card.ts';

const card = { kicker: 'VA-11 HALL-A — НОВЕЛЛЬНЫЙ20!8 · Второй выпуск', title: '4 надежных способа потерять доверие вашего босса', footer: 'Anonim · апрель 2025' };
let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

type Rgb = readonly [number, number, number];
const RUST: Rgb = [0xc4, 0x55, 0x2e];
const INK: Rgb = [0x1d, 0x1b, 0x18];
const KICKER: Rgb = [0xf2, 0xa8, 0x83];
const TITLE: Rgb = [0xf4, 0xef, 0xe7];
const FOOTER: Rgb = [0xcf, 0xc7, 0xbb];

/** The card's pixels, to ask where each colour was painted. */
async function pixels(png: Uint8Array) {
  const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
  const at = (x: number, y: number) => [...data.subarray((y * info.width + x) * info.channels, (y * info.width + x + 1) * info.channels)];
  /** Bounding box of the pixels painted exactly in `rgb`, or undefined when there are none. */
  const box = ([r, g, b]: Rgb) => {
    let top = Infinity, bottom = -1, left = Infinity, right = -1;
    for (let y = 0; y < info.height; y++) {
      for (let x = 0; x < info.width; x++) {
        const i = (y * info.width + x) * info.channels;
        if (data[i] === r && data[i + 1] === g && data[i + 2] === b) {
          top = Math.min(top, y); bottom = Math.max(bottom, y); left = Math.min(left, x); right = Math.max(right, x);
        }
      }
    }
    return right < 0 ? undefined : { top, bottom, left, right };
  };
  return { at, box };
}

describe('social card', () => {
  it('is a 1200×630 PNG, the same bytes every time', async () => {
    expect([CARD_WIDTH, CARD_HEIGHT]).toEqual([1200, 630]);
    const first = await renderSocialCard(card);
    expect(pngSize(first)).toEqual({ width: 1200, height: 630 });
    expect(Buffer.compare(Buffer.from(first), Buffer.from(await renderSocialCard(card)))).toBe(0);
  });

  it('has a 24 px rust stripe at the left edge of a dark card', async () => {
    const { at } = await pixels(await renderSocialCard(card));
    expect(at(0, 0)).toEqual([...RUST, 255]);
    expect(at(20, 400)).toEqual([...RUST, 255]);
    expect(at(30, 315)).toEqual([...INK, 255]);
    expect(at(1199, 629)).toEqual([...INK, 255]);
  });

  it('sets the kicker on top, the title in the middle and the footer at the bottom, each in its colour, inside the margins', async () => {
    const { box } = await pixels(await renderSocialCard(card));
    const kicker = box(KICKER)!;
    const title = box(TITLE)!;
    const footer = box(FOOTER)!;
    // Padding: 72 px top and bottom, 104 px left (past the stripe), 80 px right.
    for (const part of [kicker, title, footer]) {
      expect(part.left).toBeGreaterThanOrEqual(104);
      expect(part.right).toBeLessThanOrEqual(1120);
      expect(part.top).toBeGreaterThanOrEqual(72);
      expect(part.bottom).toBeLessThanOrEqual(558);
    }
    expect(kicker.bottom).toBeLessThan(150);
    expect(title.top).toBeGreaterThan(kicker.bottom);
    expect(footer.top).toBeGreaterThan(title.bottom);
    expect(footer.top).toBeGreaterThan(480);
  });

  it('wraps a long title inside the right margin', async () => {
    const { box } = await pixels(await renderSocialCard({ ...card, title: 'Очень длинный заголовок статьи, который не помещается в одну строку и даже в две строки, а занимает почти всю карточку' }));
    expect(box(TITLE)!.right).toBeLessThanOrEqual(1120);
  });

  it('draws a short title at 76 px: capitals about 54 px tall', async () => {
    const { box } = await pixels(await renderSocialCard({ ...card, title: 'НОВОЕ' }));
    const title = box(TITLE)!;
    expect(title.bottom - title.top).toBeGreaterThanOrEqual(50);
    expect(title.bottom - title.top).toBeLessThanOrEqual(58);
  });

  it('draws with one libvips thread per card and no operation cache', () => {
    expect(sharp.concurrency()).toBe(1);
    expect(sharp.cache()).toMatchObject({ memory: { max: 0 }, files: { max: 0 }, items: { max: 0 } });
  });
});

describe('cachedSocialCard', () => {
  const small = { kicker: 'K', title: 'T', footer: 'F' };
  const CARD_FILE = /^[0-9a-f]{32}\.png$/;

  it('keeps a drawn card under a name made of its text and its drawing code, with nothing left half-written', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'cards-'));
    const drawn = await cachedSocialCard(small, dir);
    expect(readdirSync(dir)).toHaveLength(1);
    expect(readdirSync(dir)[0]).toMatch(CARD_FILE);
    expect(pngSize(drawn)).toEqual({ width: 1200, height: 630 });
  });

  it('reads a kept, complete card instead of drawing it again', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'cards-'));
    await cachedSocialCard(small, dir);
    const [file] = readdirSync(dir);
    const other = await renderSocialCard({ ...small, title: 'Другая' });
    writeFileSync(path.join(dir, file!), other);
    expect(Buffer.compare(Buffer.from(await cachedSocialCard(small, dir)), Buffer.from(other))).toBe(0);
  });

  it.each([
    ['cut short', (png: Buffer) => png.subarray(0, 1000)],
    ['empty', () => Buffer.alloc(0)],
    ['text', () => Buffer.from('not a picture')],
    ['of another size', (png: Buffer) => { const copy = Buffer.from(png); copy.writeUInt32BE(600, 16); return copy; }],
  ])('draws again a kept card that is %s, and repairs the file', async (_, damage) => {
    dir = mkdtempSync(path.join(tmpdir(), 'cards-'));
    const drawn = Buffer.from(await cachedSocialCard(small, dir));
    const file = path.join(dir, readdirSync(dir)[0]!);
    writeFileSync(file, damage(drawn));
    expect(Buffer.compare(Buffer.from(await cachedSocialCard(small, dir)), drawn)).toBe(0);
    expect(Buffer.compare(readFileSync(file), drawn)).toBe(0);
  });

  it('draws each different text once', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'cards-'));
    const drawn = await cachedSocialCard(card, dir);
    expect(Buffer.compare(Buffer.from(await cachedSocialCard(card, dir)), Buffer.from(drawn))).toBe(0);
    expect(readdirSync(dir)).toHaveLength(1);
    await cachedSocialCard({ ...card, title: 'Другая статья' }, dir);
    expect(readdirSync(dir)).toHaveLength(2);
  });

  it('makes its folder when there is none', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'cards-'));
    const nested = path.join(dir, 'a', 'b');
    await cachedSocialCard(small, nested);
    expect(readdirSync(nested)[0]).toMatch(CARD_FILE);
  });
});

describe('isCompleteCard', () => {
  it('wants a PNG of the card size ending with IEND', async () => {
    const png = Buffer.from(await renderSocialCard(card));
    expect(isCompleteCard(png)).toBe(true);
    expect(isCompleteCard(png.subarray(0, png.length - 1))).toBe(false);
    expect(isCompleteCard(Buffer.alloc(0))).toBe(false);
  });
});

describe('fitCardText', () => {
  it('leaves ordinary text alone', () => {
    expect(fitCardText('Anonim · апрель 2025', 120)).toBe('Anonim · апрель 2025');
  });

  it('lets an unbroken run break every 24 characters', () => {
    expect(fitCardText('а'.repeat(50), 200)).toBe(`${'а'.repeat(24)}\u200b${'а'.repeat(24)}\u200bаа`);
    expect(fitCardText(`${'б'.repeat(24)} в`, 200)).toBe(`${'б'.repeat(24)} в`);
  });

  it('cuts what is longer than the card holds, with an ellipsis', () => {
    expect(fitCardText('слово '.repeat(50), 20)).toBe('слово слово слово…');
    expect([...fitCardText('я'.repeat(20_000), 200)]).toHaveLength(200);
  });

  it('draws a 20,000-character unbroken title and a long kicker and footer on a card of the right size', async () => {
    const png = await renderSocialCard({ kicker: 'К'.repeat(5_000), title: 'Я'.repeat(20_000), footer: 'Ф'.repeat(5_000) });
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
  });
});

describe('social card with a cover', () => {
  const GREEN: Rgb = [0, 160, 0];
  const cover = async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'card-cover-'));
    const file = path.join(dir, 'cover.png');
    await sharp({ create: { width: 800, height: 600, channels: 3, background: { r: GREEN[0], g: GREEN[1], b: GREEN[2] } } }).png().toFile(file);
    return file;
  };

  it('fills the right 420 px with the picture and keeps the text left of it, the same bytes every time', async () => {
    const file = await cover();
    const png = await renderSocialCard({ ...card, cover: file });
    expect(Buffer.compare(Buffer.from(png), Buffer.from(await renderSocialCard({ ...card, cover: file })))).toBe(0);
    const { at, box } = await pixels(png);
    const near = (pixel: number[], rgb: Rgb) => rgb.every((channel, i) => Math.abs(pixel[i]! - channel) <= 3);
    expect(near(at(780, 0), GREEN) && near(at(1199, 629), GREEN) && near(at(1000, 315), GREEN)).toBe(true);
    expect(at(760, 315)).toEqual([...INK, 255]);
    expect(box(TITLE)!.right).toBeLessThan(780);
    expect(box(KICKER)!.right).toBeLessThan(780);
  });

  it('is kept under a key that changes with the picture’s bytes', async () => {
    const file = await cover();
    const cache = path.join(dir!, 'cards');
    await cachedSocialCard({ ...card, cover: file }, cache);
    await sharp({ create: { width: 800, height: 600, channels: 3, background: { r: 200, g: 0, b: 0 } } }).png().toFile(file);
    await cachedSocialCard({ ...card, cover: file }, cache);
    expect(readdirSync(cache)).toHaveLength(2);
  });

  it('is kept under a key that does not depend on where the picture lies (a checkout in another folder)', async () => {
    const file = await cover();
    const moved = path.join(dir!, 'elsewhere', 'oblozhka.png');
    mkdirSync(path.dirname(moved), { recursive: true });
    copyFileSync(file, moved);
    const cache = path.join(dir!, 'cards-moved');
    await cachedSocialCard({ ...card, cover: file }, cache);
    await cachedSocialCard({ ...card, cover: moved }, cache);
    expect(readdirSync(cache)).toHaveLength(1);
  });
});

describe('titleFontSize', () => {
  it('steps down sooner in the narrower column beside a cover', () => {
    expect(titleFontSize('ж'.repeat(40), 1016)).toBe(76);
    expect(titleFontSize('ж'.repeat(50), 596)).toBe(52);
    expect(titleFontSize('ж'.repeat(40), 596)).toBe(64);
    expect(titleFontSize('ж'.repeat(30), 596)).toBe(64);
  });

  it.each([
    [1, 76], [40, 76], [41, 64], [70, 64], [71, 52], [110, 52], [111, 42], [300, 42],
  ])('a title of %i characters is set at %i px', (length, size) => {
    expect(titleFontSize('ж'.repeat(length))).toBe(size);
  });
});

describe('pngSize', () => {
  const header = (bytes: number[]) => {
    const png = new Uint8Array(24);
    png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    png.set(bytes, 16);
    return png;
  };

  it('reads width and height from the IHDR chunk', () => {
    expect(pngSize(header([0, 0, 0x04, 0xb0, 0, 0, 0x02, 0x76]))).toEqual({ width: 1200, height: 630 });
  });

  it('refuses what is not a PNG', () => {
    expect(() => pngSize(new Uint8Array(30))).toThrow('not a PNG file');
    const wrongTail = header([]);
    wrongTail[7] = 0;
    expect(() => pngSize(wrongTail)).toThrow('not a PNG file');
    expect(() => pngSize(header([]).subarray(0, 23))).toThrow('not a PNG file');
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

  it('starts waiting jobs in the order they were asked for', async () => {
    const limit = limitConcurrency(1);
    const started: number[] = [];
    await Promise.all([1, 2, 3, 4].map((n) => limit(async () => { started.push(n); await new Promise((resolve) => setTimeout(resolve, 1)); })));
    expect(started).toEqual([1, 2, 3, 4]);
  });

  it('frees its slot when a job fails', async () => {
    const limit = limitConcurrency(1);
    await expect(limit(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await limit(async () => 'next')).toBe('next');
  });
});
