import type { APIRoute } from 'astro';
import sharp from 'sharp';
import faviconSvg from '../../public/favicon.svg?raw';

const SIZE = 180;
// The SVG is drawn on a 64-unit grid; render it at the density that gives SIZE pixels, not upscaled.
const DENSITY = (72 * SIZE) / 64;

/** The PNG fallback (and apple-touch-icon) is drawn from the SVG favicon, so the two never drift apart. */
export const GET: APIRoute = async () => {
  const png = await sharp(Buffer.from(faviconSvg), { density: DENSITY }).resize(SIZE, SIZE).png().toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
