import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import satori from 'satori';
import sharp from 'sharp';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export interface SocialCard {
  kicker: string;
  title: string;
  footer: string;
  /** Absolute path of the article's cover picture, shown on the card's right side. */
  cover?: string | undefined;
}

/** How wide the cover strip is: the text keeps two thirds of the card. */
export const CARD_COVER_WIDTH = 420;

// Whole TTFs: satori does not fall back between subset files, so Latin and Cyrillic must share one font.
const FONT_FILES = [
  ['700Bold/PTSans_700Bold.ttf', 700],
  ['400Regular/PTSans_400Regular.ttf', 400],
] as const;

type Fonts = Parameters<typeof satori>[1]['fonts'];
let fonts: Fonts | undefined;

/** PT Sans (ParaType, OFL) from an npm package: nothing is fetched at build time. */
function loadFonts(): Fonts {
  const require = createRequire(path.join(process.cwd(), 'package.json'));
  fonts ??= FONT_FILES.map(([file, weight]) => ({
    name: 'PT Sans',
    data: readFileSync(require.resolve(`@expo-google-fonts/pt-sans/${file}`)),
    weight,
    style: 'normal' as const,
  }));
  return fonts;
}

const FULL_TEXT_WIDTH = CARD_WIDTH - 184;

/** Long titles step down in size so they still fit in four lines; a narrower column (beside a cover) holds fewer letters a line. */
export function titleFontSize(title: string, columnWidth: number = FULL_TEXT_WIDTH): number {
  const length = (title.length * FULL_TEXT_WIDTH) / columnWidth;
  if (length <= 40) return 76;
  if (length <= 70) return 64;
  if (length <= 110) return 52;
  return 42;
}

// Cards are drawn many at once, one thread each: libvips' own per-image threads would only
// fight over the same cores, and its operation cache would keep rasters nobody reuses.
sharp.concurrency(1);
sharp.cache(false);

const el = (type: string, style: Record<string, unknown>, children: unknown) => ({ type, props: { style, children }, key: null });

/** A run this long with no break would run off the card: satori cannot break a word. */
const LONGEST_UNBROKEN = 24;

/**
 * Card text that always fits: unbroken runs (a URL, a 10,000-letter "word") get a
 * zero-width break opportunity every LONGEST_UNBROKEN characters, and the whole is cut
 * to `max` characters with an ellipsis, at a word's end where one is near. The page shows the full text.
 */
export function fitCardText(text: string, max: number): string {
  const broken = text.replace(new RegExp(`[^\\s\u200b]{${LONGEST_UNBROKEN}}(?=[^\\s\u200b])`, 'gu'), '$&\u200b');
  const chars = [...broken];
  if (chars.length <= max) return broken;
  const cut = chars.slice(0, max - 1).join('');
  // End on a whole word when one ends near the cut.
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > cut.length - LONGEST_UNBROKEN ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

/** The cover cut to the strip's size, as a data URL satori can draw: the same bytes for the same file. */
async function coverStrip(file: string): Promise<string> {
  const jpeg = await sharp(file).resize(CARD_COVER_WIDTH, CARD_HEIGHT, { fit: 'cover' }).jpeg({ quality: 80 }).toBuffer();
  return `data:image/jpeg;base64,${jpeg.toString('base64')}`;
}

export async function renderSocialCard(card: SocialCard): Promise<Uint8Array> {
  const strip = card.cover ? CARD_COVER_WIDTH : 0;
  const textWidth = FULL_TEXT_WIDTH - strip;
  const tree = el(
    'div',
    {
      width: CARD_WIDTH, height: CARD_HEIGHT, boxSizing: 'border-box', display: 'flex', flexDirection: 'column', justifyContent: 'space-between',
      padding: `72px ${80 + strip}px 72px 104px`, background: 'linear-gradient(90deg, #c4552e 24px, #1d1b18 24px)',
      color: '#f4efe7', fontFamily: 'PT Sans', position: 'relative',
    },
    [
      el('div', { fontSize: 30, fontWeight: 700, color: '#f2a883', letterSpacing: 1, lineClamp: 2, width: textWidth }, fitCardText(card.kicker, 120)),
      el('div', { fontSize: titleFontSize(card.title, textWidth), fontWeight: 700, lineHeight: 1.15, width: textWidth, lineClamp: 4 }, fitCardText(card.title, 200)),
      el('div', { fontSize: 30, fontWeight: 400, color: '#cfc7bb', lineClamp: 2, width: textWidth }, fitCardText(card.footer, 120)),
      ...(card.cover
        ? [{ type: 'img', props: { src: await coverStrip(card.cover), width: CARD_COVER_WIDTH, height: CARD_HEIGHT, style: { position: 'absolute', top: 0, right: 0 } }, key: null }]
        : []),
    ],
  );
  const svg = await satori(tree as Parameters<typeof satori>[0], { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: loadFonts() });
  // sharp rasterises and encodes on libuv's thread pool: cards in flight use every core
  // while the main thread lays out the next one (satori) or renders pages.
  // zlib level 6: half the time of level 9 for a card a third larger (~49 KB, fetched only by link previews).
  return sharp(Buffer.from(svg)).png({ compressionLevel: 6 }).toBuffer();
}

/**
 * Runs at most `limit` jobs at once, in the order they were asked for: enough to keep
 * the thread pool busy without holding a thousand rasters in memory.
 */
export function limitConcurrency(limit: number): <T>(job: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (job) => {
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await job();
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
}

let drawingFingerprint: string | undefined;

/**
 * What a card depends on besides its text: this file's code (the design), the versions
 * of satori and sharp, and the fonts' bytes. Part of every cache key, so a change to
 * any of them draws every card again, with no version to remember to bump.
 */
function cardFingerprint(): string {
  if (drawingFingerprint) return drawingFingerprint;
  const require = createRequire(path.join(process.cwd(), 'package.json'));
  const hash = createHash('sha256');
  // Read from the project, since in a build this module runs bundled, away from its source file.
  hash.update(readFileSync(path.join(process.cwd(), 'src/lib/cards/social-card.ts')));
  hash.update(`satori ${(require('satori/package.json') as { version: string }).version}; sharp ${sharp.versions.sharp}; vips ${sharp.versions.vips}`);
  for (const font of loadFonts()) hash.update(font.data as Buffer);
  drawingFingerprint = hash.digest('hex');
  return drawingFingerprint;
}

const IEND = [0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82];

/** A whole card: a PNG of the card's size that ends with its IEND chunk (not cut short, not text, not empty). */
export function isCompleteCard(png: Uint8Array): boolean {
  try {
    const { width, height } = pngSize(png);
    return width === CARD_WIDTH && height === CARD_HEIGHT && IEND.every((byte, i) => png[png.length - IEND.length + i] === byte);
  } catch {
    return false;
  }
}

/**
 * The card is a pure function of its text and its drawing code: keep each PNG under
 * `cacheDir` by a hash of both, so a rebuild with an unchanged collection draws nothing.
 * A kept file is checked before use and drawn again if damaged; using it marks it
 * as used (its time), so a build can prune the cards it no longer needs.
 * Returns the kept file, which holds the card once this resolves.
 */
export async function cachedSocialCardFile(card: SocialCard, cacheDir: string): Promise<{ file: string; png: Uint8Array }> {
  // The cover counts by its bytes, not its path: a picture replaced under the same name draws the card again,
  // and a checkout in another folder (a CI runner's) still finds the cards it kept.
  const { cover, ...text } = card;
  const coverDigest = cover ? createHash('sha256').update(readFileSync(cover)).digest('hex') : undefined;
  const key = createHash('sha256').update(JSON.stringify([cardFingerprint(), text, coverDigest])).digest('hex').slice(0, 32);
  const file = path.join(cacheDir, `${key}.png`);
  try {
    const kept = readFileSync(file);
    if (isCompleteCard(kept)) {
      const now = new Date();
      utimesSync(file, now, now);
      return { file, png: kept };
    }
  } catch {
    // not drawn yet
  }
  const png = await renderSocialCard(card);
  mkdirSync(cacheDir, { recursive: true });
  // Write then rename: a build stopped halfway never leaves half a PNG in the cache.
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, png);
  renameSync(partial, file);
  return { file, png };
}

/** The card's bytes, drawn or taken from the cache (see cachedSocialCardFile). */
export async function cachedSocialCard(card: SocialCard, cacheDir: string): Promise<Uint8Array> {
  return (await cachedSocialCardFile(card, cacheDir)).png;
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.byteLength < 24 || signature.some((byte, i) => png[i] !== byte)) throw new Error('not a PNG file');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
