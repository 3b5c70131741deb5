import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import type { ServerResponse } from 'node:http';
import type { AstroIntegration, PreviewServer, PreviewServerParams } from 'astro';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import startPreview, { trailingSlashRedirects, withFinalSlash } from '../../../src/lib/integrations/trailing-slash.ts';

describe('withFinalSlash', () => {
  it('adds the final slash to a folder address and keeps the query', () => {
    expect(withFinalSlash('/article')).toBe('/article/');
    expect(withFinalSlash('/issue/article?utm=1&b=2')).toBe('/issue/article/?utm=1&b=2');
    expect(withFinalSlash('/v1.2/article')).toBe('/v1.2/article/'); // a dot in a folder name is no extension
    expect(withFinalSlash('/a/_b')).toBe('/a/_b/'); // only the first segment can be the dev server's
    expect(withFinalSlash('/a/@b')).toBe('/a/@b/');
  });

  it('leaves an address that already ends in a slash', () => {
    expect(withFinalSlash('/')).toBeNull();
    expect(withFinalSlash('/article/')).toBeNull();
    expect(withFinalSlash('/article/?utm=1')).toBeNull();
  });

  it('leaves a file (an extension in the last segment)', () => {
    expect(withFinalSlash('/rss.xml')).toBeNull();
    expect(withFinalSlash('/images/cover.png?v=2')).toBeNull();
    expect(withFinalSlash('/article.')).toBeNull();
  });

  it('leaves the dev server’s own addresses', () => {
    expect(withFinalSlash('/@vite/client')).toBeNull();
    expect(withFinalSlash('/@id/astro:content')).toBeNull();
    expect(withFinalSlash('/_image')).toBeNull();
    expect(withFinalSlash('/.well-known/security')).toBeNull();
  });
});

/** Calls one hook with only the fields it reads. */
function call(integration: AstroIntegration, hook: string, options: object): unknown {
  const fn = (integration.hooks as Record<string, ((options: object) => unknown) | undefined>)[hook];
  if (!fn) throw new Error(`no hook ${hook}`);
  return fn(options);
}

interface Recorded {
  status?: number;
  headers?: Record<string, string>;
  ended: boolean;
}

function fakeResponse(): { res: ServerResponse; recorded: Recorded } {
  const recorded: Recorded = { ended: false };
  const res = {
    writeHead(status: number, headers: Record<string, string>) {
      recorded.status = status;
      recorded.headers = headers;
      return res;
    },
    end() {
      recorded.ended = true;
      return res;
    },
  };
  return { res: res as unknown as ServerResponse, recorded };
}

describe('trailingSlashRedirects in astro dev', () => {
  type Layer = { route: string; handle: (req: object, res: ServerResponse, next: () => void) => void };

  /** The integration set up as `astro dev` does; returns the middleware stack after the server started. */
  function devStack(): Layer[] {
    const astroCheck: Layer = { route: '', handle: () => {} };
    const stack: Layer[] = [astroCheck];
    const integration = trailingSlashRedirects();
    expect(integration.name).toBe('trailing-slash-redirects');
    call(integration, 'astro:config:setup', { command: 'dev' });
    call(integration, 'astro:server:setup', { server: { middlewares: { stack } } });
    expect(stack).toEqual([astroCheck]); // nothing yet: Astro puts its own check first after setup
    call(integration, 'astro:server:start', {});
    expect(stack).toHaveLength(2);
    expect(stack[1]).toBe(astroCheck);
    expect(stack[0]!.route).toBe('');
    return stack;
  }

  function request(stack: Layer[], method: string | undefined, url: string | undefined) {
    const { res, recorded } = fakeResponse();
    const next = vi.fn();
    stack[0]!.handle({ method, url }, res, next);
    return { recorded, nextCalled: next.mock.calls.length };
  }

  it('answers GET and HEAD of a folder address without the slash with a 301 to the address with it, before Astro', () => {
    const stack = devStack();
    for (const method of ['GET', 'HEAD']) {
      expect(request(stack, method, '/article?utm=1')).toEqual({
        recorded: { status: 301, headers: { location: '/article/?utm=1' }, ended: true },
        nextCalled: 0,
      });
    }
  });

  it('passes on other methods, files, addresses with the slash and a request without a URL', () => {
    const stack = devStack();
    for (const [method, url] of [['POST', '/article'], ['PUT', '/article'], [undefined, '/article'], ['GET', '/article/'], ['GET', '/rss.xml'], ['GET', undefined]] as const) {
      expect(request(stack, method, url), `${method} ${url}`).toEqual({ recorded: { ended: false }, nextCalled: 1 });
    }
  });

  it('does nothing when the server never started', () => {
    const integration = trailingSlashRedirects();
    expect(() => call(integration, 'astro:server:start', {})).not.toThrow();
  });
});

describe('trailingSlashRedirects as the preview adapter', () => {
  function adapterSet(command: string, config: object): unknown[] {
    const integration = trailingSlashRedirects();
    const setAdapter = vi.fn();
    call(integration, 'astro:config:setup', { command });
    call(integration, 'astro:config:done', { config, setAdapter });
    return setAdapter.mock.calls.map(([adapter]) => adapter);
  }

  it('makes this module the preview entry point of a static site in astro preview', () => {
    expect(adapterSet('preview', { output: 'static' })).toEqual([
      {
        name: 'trailing-slash-redirects',
        previewEntrypoint: path.resolve('src/lib/integrations/trailing-slash.ts'),
        entrypointResolution: 'auto',
        adapterFeatures: { buildOutput: 'static' },
        supportedAstroFeatures: { staticOutput: 'stable', sharpImageService: 'stable' },
      },
    ]);
  });

  it('sets no adapter when building, in dev, for a server site or when the site has its own adapter', () => {
    expect(adapterSet('build', { output: 'static' })).toEqual([]);
    expect(adapterSet('dev', { output: 'static' })).toEqual([]);
    expect(adapterSet('preview', { output: 'server' })).toEqual([]);
    expect(adapterSet('preview', { output: 'static', adapter: { name: 'host' } })).toEqual([]);
  });
});

describe('startPreview (astro preview of the built site)', () => {
  let root: string;
  const servers: PreviewServer[] = [];
  let log: ReturnType<typeof vi.spyOn>;

  /** A built site: two pages, a feed and, unless told otherwise, the site's 404 page. */
  function builtSite(name: string, { with404 = true } = {}): string {
    const outDir = path.join(root, name);
    const write = (file: string, text: string) => {
      mkdirSync(path.dirname(path.join(outDir, file)), { recursive: true });
      writeFileSync(path.join(outDir, file), text);
    };
    write('index.html', '<p>front</p>');
    write('article/index.html', '<p>article</p>');
    write('rss.xml', '<rss/>');
    if (with404) write('404.html', '<p>Страница не найдена</p>');
    return outDir;
  }

  async function start(outDir: string, options: Partial<PreviewServerParams> = {}) {
    const server = await startPreview({
      outDir: pathToFileURL(`${outDir}/`),
      root: pathToFileURL(`${root}/`),
      base: '/',
      host: '127.0.0.1',
      port: 0,
      ...options,
    } as PreviewServerParams);
    servers.push(server);
    const origin = `http://127.0.0.1:${server.port}`;
    const get = (url: string, init: RequestInit = {}) => fetch(origin + url, { redirect: 'manual', ...init });
    return { server, origin, get };
  }

  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'trailing-slash-'));
    // A Vite config in the project root is not the preview's: only what astro preview was given counts.
    writeFileSync(path.join(root, 'vite.config.mjs'), "export default { preview: { headers: { 'x-vite-config': 'read' } } };\n");
  });
  beforeEach(() => {
    log = vi.spyOn(console, 'log').mockImplementation(() => {}); // Vite prints the address
  });
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => server.stop()));
    vi.restoreAllMocks();
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('redirects a page address without the slash, keeping the query, and serves pages and files as they are', async () => {
    const { server, get } = await start(builtSite('site'), { headers: { 'x-site': 'yes' } });
    expect(server.port).toBeGreaterThan(0);
    // Vite colours the address when the terminal (or FORCE_COLOR, as in CI) allows it.
    const printed = stripVTControlCharacters(log.mock.calls.flat().join('\n'));
    expect(printed).toContain(`http://127.0.0.1:${server.port}/`); // the address is printed

    for (const method of ['GET', 'HEAD']) {
      const response = await get('/article?utm=1', { method });
      expect(response.status, method).toBe(301);
      expect(response.headers.get('location'), method).toBe('/article/?utm=1');
    }
    const page = await get('/article/');
    expect(page.status).toBe(200);
    expect(await page.text()).toBe('<p>article</p>');
    const feed = await get('/rss.xml');
    expect(feed.status).toBe(200);
    expect(feed.headers.get('x-site')).toBe('yes');
    expect(feed.headers.get('x-vite-config')).toBeNull();
    expect((await get('/')).status).toBe(200);
  });

  it('answers an address with no page, with or without the slash, or not decodable, with the site’s 404 page', async () => {
    const { get } = await start(builtSite('site'));
    for (const url of ['/net-takoy', '/net-takoy/', '/%E0%A4%A']) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(response.headers.get('content-type'), url).toBe('text/html; charset=utf-8');
      expect(await response.text(), url).toBe('<p>Страница не найдена</p>');
    }
    expect((await get('/article', { method: 'POST' })).status).not.toBe(301);
  });

  it('answers «Not Found» when the site has no 404 page', async () => {
    const { get } = await start(builtSite('bare', { with404: false }));
    const response = await get('/net-takoy/');
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('Not Found');
  });

  it('redirects only inside the base path, given with or without its final slash', async () => {
    const outDir = builtSite('based');
    for (const base of ['/sub', '/sub/']) {
      const { get } = await start(outDir, { base });
      const response = await get('/sub/article');
      expect(response.status, base).toBe(301);
      expect(response.headers.get('location'), base).toBe('/sub/article/');
      expect((await get('/sub/article/')).status, base).toBe(200);
      // Outside the base no page is looked up, even where the rest of the address names one.
      expect((await get('/xxxxarticle')).status, base).not.toBe(301);
    }
  });

  it('stops, and says so', async () => {
    const { server, get } = await start(builtSite('site'));
    const closed = server.closed();
    await server.stop();
    await expect(closed).resolves.toBeUndefined();
    await expect(get('/')).rejects.toThrow();
  });
});
