import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { getEntry, render } from 'astro:content';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { getVisibleArticles } from '../lib/content/collection';
import { toUtcDate } from '../lib/content/published-date';
import { absoluteUrl, articlePath } from '../lib/site/url';
import { siteConfig } from '../site.config';
import { escapeXml, FEED_SIZE } from '../lib/site/feed';
import { feedHtml } from '../lib/site/feed-html';
import { contentComponents } from '../components/mdx';

export const GET: APIRoute = async ({ site }) => {
  const articles = (await getVisibleArticles()).slice(0, FEED_SIZE);
  const self = absoluteUrl('/rss.xml', site);
  // The whole article, as the page shows it: a long read is not read in a one-sentence teaser.
  const container = await AstroContainer.create({ renderers: await loadRenderers([getContainerRenderer()]) });
  const items = [];
  for (const article of articles) {
    const link = absoluteUrl(articlePath(article.id), site);
    const { Content } = await render(article);
    const html = await container.renderToString(Content, { props: { components: contentComponents } });
    const issue = await getEntry(article.data.issue);
    items.push({
      title: article.data.title,
      description: article.data.description,
      link,
      // RSS wants a full date: a month-only article is dated the first of its month here, and only here.
      pubDate: toUtcDate(article.data.published),
      content: feedHtml(html, link),
      // <author> must be an e-mail address in RSS 2.0; a name goes in dc:creator.
      customData: `<dc:creator>${escapeXml(article.data.author)}</dc:creator>`,
      categories: [issue?.data.title ?? article.data.issue.id],
    });
  }
  return rss({
    title: siteConfig.publication,
    description: siteConfig.description,
    // The channel links to the site's home under its base, not to the bare origin.
    site: absoluteUrl('/', site),
    trailingSlash: true,
    items,
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/', atom: 'http://www.w3.org/2005/Atom' },
    // Feed readers find the feed's own address here (RSS Best Practices, atom:link rel="self").
    customData: `<language>${siteConfig.lang}</language><atom:link href="${escapeXml(self)}" rel="self" type="application/rss+xml"/>`,
  });
};
