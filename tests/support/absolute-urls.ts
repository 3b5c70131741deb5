import { listFiles, readBuilt } from './dist-files.ts';

/**
 * Every absolute http(s) URL the built site publishes — in attributes, JSON-LD, the feed,
 * sitemaps and robots.txt — with the file it is in. External links written by editors are
 * kept out by `ownOrigin`: only addresses on the site's own origin are returned.
 */
export function ownAbsoluteUrls(dist: string, ownOrigin: string): { file: string; url: string }[] {
  const found: { file: string; url: string }[] = [];
  for (const file of listFiles(dist).filter((f) => /\.(html|xml|txt)$/.test(f))) {
    const text = readBuilt(dist, file).replace(/&amp;/g, '&');
    for (const [url] of text.matchAll(/https?:\/\/[^\s"'<>)\\]+/g)) {
      if (url.startsWith(ownOrigin)) found.push({ file, url });
    }
  }
  return found;
}
