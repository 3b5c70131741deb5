import { brotliCompressSync, constants } from 'node:zlib';
import { ELEMENT_NODE, parse, renderSync, type Node } from 'ultrahtml';

/** Brotli at the level static hosts and CDNs use for pre-compressed files. */
export function brotliSize(content: string | Uint8Array): number {
  return brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
}

export interface Subresource {
  kind: 'css' | 'js' | 'font';
  url: string;
  /** A classic script in <head> without defer/async holds up the first paint. */
  renderBlocking: boolean;
}

/**
 * What a page must fetch to render: stylesheets, scripts, preloaded fonts and
 * fonts named in its inline CSS. Favicons, feeds and links are not fetched to render.
 */
export function renderSubresources(html: string): Subresource[] {
  const found: Subresource[] = [];
  const attr = (tag: string, name: string) => new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)?.slice(2).find((v) => v !== undefined);
  const headEnd = html.search(/<\/head>/i);
  for (const match of html.matchAll(/<(link|script)\b[^>]*>/gi)) {
    const tag = match[0];
    if (match[1]!.toLowerCase() === 'script') {
      const src = attr(tag, 'src');
      if (!src) continue;
      const isModule = attr(tag, 'type') === 'module';
      const deferred = isModule || /\s(defer|async)\b/i.test(tag);
      found.push({ kind: 'js', url: src, renderBlocking: !deferred && match.index! < headEnd });
      continue;
    }
    const rel = (attr(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attr(tag, 'href');
    if (!href) continue;
    if (rel.includes('stylesheet')) found.push({ kind: 'css', url: href, renderBlocking: true });
    else if (rel.includes('modulepreload')) found.push({ kind: 'js', url: href, renderBlocking: false });
    else if (rel.includes('preload') && attr(tag, 'as') === 'font') found.push({ kind: 'font', url: href, renderBlocking: false });
  }
  for (const css of inlineBlocks(html, 'style')) {
    for (const font of css.matchAll(/url\(\s*['"]?([^'")]+\.(?:woff2?|ttf|otf))['"]?\s*\)/gi)) {
      if (!found.some((r) => r.url === font[1])) found.push({ kind: 'font', url: font[1]!, renderBlocking: false });
    }
  }
  return found;
}

/** A <script> type the browser runs; JSON-LD and other data blocks are not code. */
const JS_TYPE = /^(|module|(text|application)\/(javascript|ecmascript))$/i;

/** Contents of every inline <style>, or inline <script> that runs (no src, a JavaScript type). */
export function inlineBlocks(html: string, tag: 'style' | 'script'): string[] {
  const blocks: string[] = [];
  for (const match of html.matchAll(new RegExp(`<${tag}\\b([^>]*)>([\\s\\S]*?)</${tag}>`, 'gi'))) {
    if (tag === 'script') {
      if (/\ssrc\s*=/i.test(match[1]!)) continue;
      const type = /\stype\s*=\s*["']?([^"'\s>]*)/i.exec(match[1]!)?.[1] ?? '';
      if (!JS_TYPE.test(type)) continue;
    }
    blocks.push(match[2]!);
  }
  return blocks;
}

/** True when a URL in the page leaves the page's own origin. */
export function isOtherOrigin(url: string, pageOrigin: string): boolean {
  if (url.startsWith('//')) return true;
  if (!/^[a-z][a-z0-9+.-]*:/i.test(url)) return false;
  if (/^(data|blob|mailto|tel):/i.test(url)) return false;
  return new URL(url).origin !== pageOrigin;
}

export interface PageWeight {
  requests: number;
  totalBrotli: number;
  jsBrotli: number;
  renderBlockingScripts: string[];
  otherOrigins: string[];
}

/**
 * Weighs one page: the HTML plus each same-origin subresource read by `load`
 * (a path relative to the site root). Inline CSS and JS ride in the HTML's bytes;
 * the JS figure also counts inline scripts compressed on their own.
 */
export function weighPage(html: string, load: (url: string) => Uint8Array, pageOrigin: string): PageWeight {
  const resources = renderSubresources(html);
  const otherOrigins = resources.filter((r) => isOtherOrigin(r.url, pageOrigin)).map((r) => r.url);
  let totalBrotli = brotliSize(html);
  let jsBrotli = inlineBlocks(html, 'script').filter((s) => s.trim()).reduce((sum, s) => sum + brotliSize(s), 0);
  for (const resource of resources) {
    if (otherOrigins.includes(resource.url)) continue;
    const size = brotliSize(load(resource.url));
    totalBrotli += size;
    if (resource.kind === 'js') jsBrotli += size;
  }
  return {
    requests: 1 + resources.length,
    totalBrotli,
    jsBrotli,
    renderBlockingScripts: resources.filter((r) => r.kind === 'js' && r.renderBlocking).map((r) => r.url),
    otherOrigins,
  };
}

export interface Budget {
  totalBrotli: number;
  requests: number;
  jsBrotli: number;
}

export const BUDGET = {
  totalBrotli: 10_000,
  requests: 2,
  jsBrotli: 2_000,
} as const satisfies Budget;

/**
 * The search page before the first query: its list of every article (what it shows without
 * JavaScript) grows with the site, and its script draws the results. Pagefind itself is
 * fetched at the first query and weighed apart (searchQueryWeight).
 */
export const SEARCH_PAGE_BUDGET = {
  totalBrotli: 30_000,
  requests: 2,
  jsBrotli: 4_000,
} as const satisfies Budget;

/** The outermost elements of what the editor wrote: the article's text and its table of contents. */
const ARTICLE_OWN_CLASS = /(?:^|\s)(?:prose|toc__list)(?:\s|$)/;

/** Brotli bytes of an article page's own part (its text and its table of contents); 0 for other pages. */
export function articleOwnBrotli(html: string): number {
  if (!html.includes('prose')) return 0;
  const parts: string[] = [];
  const visit = (node: Node) => {
    if (node.type === ELEMENT_NODE && ARTICLE_OWN_CLASS.test(String(node.attributes['class'] ?? ''))) {
      parts.push(renderSync(node));
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(parse(html));
  return parts.length > 0 ? brotliSize(parts.join('')) : 0;
}

/**
 * An article's own part up to this weight rides within the page budget (the first article's is
 * 3,456 B); a longer article's page may go over by what its text and TOC weigh beyond it, and no more:
 * the site around the text keeps its budget whatever the editors write.
 */
export const ARTICLE_OWN_ALLOWANCE = 3_500;

/** The budget of a built page, by its file in dist/ ('poisk/index.html') and its HTML. */
export function budgetFor(page: string, searchPage: string, html: string): Budget {
  if (page === searchPage) return SEARCH_PAGE_BUDGET;
  const beyond = articleOwnBrotli(html) - ARTICLE_OWN_ALLOWANCE;
  return beyond > 0 ? { ...BUDGET, totalBrotli: BUDGET.totalBrotli + beyond } : BUDGET;
}
