import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getVisibleArticles } from '../lib/content/collection';
import { toUtcDate } from '../lib/content/published-date';
import { absoluteUrl, articlePath } from '../lib/site/url';
import { siteConfig } from '../site.config';
import { escapeXml, FEED_SIZE } from '../lib/site/feed';

export const GET: APIRoute = async ({ site }) => {
  const articles = (await getVisibleArticles()).slice(0, FEED_SIZE);
  const self = absoluteUrl('/rss.xml', site);
  return rss({
    title: siteConfig.publication,
    description: siteConfig.description,
    // The channel links to the site's home under its base, not to the bare origin.
    site: absoluteUrl('/', site),
    trailingSlash: true,
    // RSS wants a full date: a month-only article is dated the first of its month here, and only here.
    items: articles.map((article) => ({
      title: article.data.title,
      description: article.data.description,
      link: absoluteUrl(articlePath(article.id), site),
      pubDate: toUtcDate(article.data.published),
      // <author> must be an e-mail address in RSS 2.0; a name goes in dc:creator.
      customData: `<dc:creator>${escapeXml(article.data.author)}</dc:creator>`,
      categories: [article.data.issue],
    })),
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/', atom: 'http://www.w3.org/2005/Atom' },
    // Feed readers find the feed's own address here (RSS Best Practices, atom:link rel="self").
    customData: `<language>${siteConfig.lang}</language><atom:link href="${escapeXml(self)}" rel="self" type="application/rss+xml"/>`,
  });
};
