import type { APIRoute } from 'astro';
import { Resvg } from '@resvg/resvg-js';
import faviconSvg from '../../public/favicon.svg?raw';

/** The PNG fallback (and apple-touch-icon) is drawn from the SVG favicon, so the two never drift apart. */
export const GET: APIRoute = () => {
  const png = new Resvg(faviconSvg, { fitTo: { mode: 'width', value: 180 } }).render().asPng();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
