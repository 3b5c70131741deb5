import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AstroIntegration, PreviewServer, PreviewServerParams } from 'astro';
import { preview, type ViteDevServer } from 'vite';

/**
 * `/article` → `/article/` (query kept), as every static host does for a folder; null when the path
 * already ends in a slash, names a file (has an extension) or is the dev server's own (`/@vite/…`, `/_image`).
 */
export function withFinalSlash(url: string): string | null {
  const { pathname, search } = new URL(url, 'http://host.invalid');
  if (pathname.endsWith('/') || /\.[^/]*$/.test(pathname) || /^\/[_@.]/.test(pathname)) return null;
  return `${pathname}/${search}`;
}

type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/** A 301 to the address with the final slash, when `exists` says that page is there. */
function redirectMiddleware(exists: (location: string) => boolean): Middleware {
  return (req, res, next) => {
    const location = req.method === 'GET' || req.method === 'HEAD' ? withFinalSlash(req.url ?? '/') : null;
    if (!location || !exists(location)) return next();
    res.writeHead(301, { location }).end();
  };
}

/**
 * With `trailingSlash: 'always'`, `astro dev` and `astro preview` answer `/article` with an English
 * «404: Not Found (trailingSlash is set to "always")», while the static hosts the site is published on
 * redirect it to `/article/`. This makes the local servers do what the hosts do.
 * - dev: a middleware ahead of Astro's own check redirects every such path (a page that is not
 *   there then gets the site's 404 at the address with the slash);
 * - preview: Astro's static preview takes no middleware, so `astro preview` runs this module's
 *   default export instead (the adapter API's preview entry point; nothing changes in the build),
 *   which redirects only to a folder that has an index.html, like nginx.
 */
export function trailingSlashRedirects(): AstroIntegration {
  let command = '';
  let dev: ViteDevServer | undefined;
  return {
    name: 'trailing-slash-redirects',
    hooks: {
      'astro:config:setup': (options) => {
        command = options.command;
      },
      'astro:config:done': ({ config, setAdapter }) => {
        if (command !== 'preview' || config.output !== 'static' || config.adapter) return;
        setAdapter({
          name: 'trailing-slash-redirects',
          previewEntrypoint: fileURLToPath(import.meta.url),
          entrypointResolution: 'auto',
          adapterFeatures: { buildOutput: 'static' },
          supportedAstroFeatures: { staticOutput: 'stable', sharpImageService: 'stable' },
        });
      },
      'astro:server:setup': ({ server }) => {
        dev = server;
      },
      'astro:server:start': () => {
        // First in the stack, ahead of Astro's own check, which it puts at the front once the server is set up.
        dev?.middlewares.stack.unshift({ route: '', handle: redirectMiddleware(() => true) });
      },
    },
  };
}

/** `astro preview` for the built site: Vite's static preview, with the redirect and the site's 404 page. */
export default async function startPreview(params: PreviewServerParams): Promise<PreviewServer> {
  const outDir = fileURLToPath(params.outDir);
  const base = params.base.endsWith('/') ? params.base : `${params.base}/`;
  const hasPage = (location: string) => {
    try {
      const pathname = decodeURIComponent(new URL(location, 'http://host.invalid').pathname);
      return pathname.startsWith(base) && existsSync(path.join(outDir, pathname.slice(base.length), 'index.html'));
    } catch {
      return false; // not a valid address: left to the 404
    }
  };
  const notFound: Middleware = (_req, res) => {
    const page = path.join(outDir, '404.html');
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(existsSync(page) ? readFileSync(page) : 'Not Found');
  };
  const server = await preview({
    configFile: false,
    root: fileURLToPath(params.root),
    base,
    appType: 'mpa',
    build: { outDir },
    // The options `astro preview` was given (--host, --port, server.headers…); unset ones left out.
    preview: Object.fromEntries(
      Object.entries({ host: params.host, port: params.port, headers: params.headers, allowedHosts: params.allowedHosts, open: params.open }).filter(([, value]) => value !== undefined),
    ),
    plugins: [
      {
        name: 'trailing-slash-redirects',
        configurePreviewServer(preview) {
          preview.middlewares.use(redirectMiddleware(hasPage));
        },
      },
    ],
  });
  // Vite's own 404 (empty) comes last in the stack: the site's page answers instead.
  for (const layer of server.middlewares.stack) if (typeof layer.handle === 'function' && layer.handle.name === 'vite404Middleware') layer.handle = notFound;
  server.printUrls();
  const address = server.httpServer.address();
  return {
    port: typeof address === 'object' && address ? address.port : params.port,
    closed: () => new Promise((resolve) => server.httpServer.once('close', () => resolve())),
    stop: () => server.close(),
  };
}
