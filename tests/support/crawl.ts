import * as cheerio from 'cheerio';

export interface CrawlResult {
  pages: string[];
  checked: string[];
  broken: string[];
}

const URL_ATTRIBUTES = ['a[href]', 'link[href]', 'script[src]', 'img[src]', 'source[src]', 'meta[property="og:image"]'];

/**
 * Follows every same-origin link and resource from `start` over HTTP, as a
 * visitor and a link checker would. A link is broken when it does not answer 200,
 * when it leaves the base path, or when its #fragment names no id on the target page.
 */
export async function crawl(start: string, base: string): Promise<CrawlResult> {
  const origin = new URL(start).origin;
  const pages = new Map<string, Set<string>>(); // page URL → ids on it
  const statuses = new Map<string, number>();
  const links: { from: string; to: URL }[] = [];
  const queue = [start];

  const fetchStatus = async (url: string) => {
    if (!statuses.has(url)) statuses.set(url, (await fetch(url)).status);
    return statuses.get(url)!;
  };

  while (queue.length > 0) {
    const pageUrl = queue.shift()!;
    if (pages.has(pageUrl)) continue;
    const response = await fetch(pageUrl);
    statuses.set(pageUrl, response.status);
    if (!response.ok || !response.headers.get('content-type')?.includes('text/html')) {
      pages.set(pageUrl, new Set());
      continue;
    }
    const $ = cheerio.load(await response.text());
    pages.set(pageUrl, new Set($('[id]').map((_, el) => $(el).attr('id')!).get()));
    $(URL_ATTRIBUTES.join(',')).each((_, el) => {
      const raw = $(el).attr('href') ?? $(el).attr('src') ?? $(el).attr('content')!;
      const target = new URL(raw, pageUrl);
      if (target.origin !== origin) return;
      links.push({ from: pageUrl, to: target });
      const withoutHash = target.href.replace(/#.*$/, '');
      if (target.pathname.endsWith('/') && !pages.has(withoutHash)) queue.push(withoutHash);
    });
  }

  const broken: string[] = [];
  for (const { from, to } of links) {
    const withoutHash = to.href.replace(/#.*$/, '');
    const label = `${new URL(from).pathname} → ${to.pathname}${to.hash}`;
    if (!to.pathname.startsWith(base)) {
      broken.push(`${label} (outside ${base})`);
      continue;
    }
    const status = await fetchStatus(withoutHash);
    if (status !== 200) broken.push(`${label} (HTTP ${status})`);
    else if (to.hash && !pages.get(withoutHash)?.has(decodeURIComponent(to.hash.slice(1)))) broken.push(`${label} (no such id)`);
  }
  return { pages: [...pages.keys()], checked: [...new Set(links.map((l) => l.to.href))], broken };
}
