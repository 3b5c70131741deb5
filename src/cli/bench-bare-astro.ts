// The benchmark's measure of Astro itself: a bare Astro site (MDX and sitemap, nothing of ours)
// that builds the same article bodies into a page each with its table of contents, plus one list.
// What this costs is Astro's own floor for the content; the difference to our build is our features.

const CONFIG = `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
// Its caches in its own folder: by default they would go to the node_modules it shares with this project.
export default defineConfig({ cacheDir: './.astro-cache', site: 'https://bench.example', integrations: [mdx(), sitemap()] });
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { glob } from 'astro/loaders';
const articles = defineCollection({
  loader: glob({ base: './content', pattern: '*.mdx' }),
  schema: z.looseObject({ title: z.string(), published: z.coerce.date() }),
});
export const collections = { articles };
`;

const ARTICLE_PAGE = `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('articles')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content, headings } = await render(entry);
---
<html lang="ru"><head><meta charset="utf-8"><title>{entry.data.title}</title></head>
<body><nav><ul>{headings.map((h) => <li><a href={'#' + h.slug}>{h.text}</a></li>)}</ul></nav>
<article><h1>{entry.data.title}</h1><Content /></article></body></html>
`;

const LIST_PAGE = `---
import { getCollection } from 'astro:content';
const articles = (await getCollection('articles')).sort((a, b) => b.data.published.valueOf() - a.data.published.valueOf());
---
<html lang="ru"><head><meta charset="utf-8"><title>Статьи</title></head>
<body><ul>{articles.map((a) => <li><a href={'/' + a.id + '/'}>{a.data.title}</a></li>)}</ul></body></html>
`;

/** The bare site's files besides its content/ folder, by path. */
export const BARE_ASTRO_FILES: Readonly<Record<string, string>> = {
  'astro.config.mjs': CONFIG,
  'src/content.config.ts': CONTENT_CONFIG,
  'src/pages/[slug].astro': ARTICLE_PAGE,
  'src/pages/index.astro': LIST_PAGE,
  'package.json': '{ "name": "bench-bare-astro", "private": true, "type": "module" }\n',
};
