import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './lib/content/article-schema.ts';
import { articleSlug } from './lib/content/content-checks.ts';
import { publishableOnly } from './lib/content/publishable-loader.ts';
import { tolerantLoader } from './lib/content/tolerant-loader.ts';

// Subfolders are for the editors' order only: the URL is the file name, so ids stay one segment long.
const files = glob({ base: `./${__CONTENT_DIR__}`, pattern: '**/*.{md,mdx}', generateId: ({ entry }) => articleSlug(entry) });

const articles = defineCollection({
  // A build never gets this far with a broken file (the content checks stop it); dev must keep running.
  loader: publishableOnly(__SHOW_DRAFTS__ ? tolerantLoader(files) : files, { today: __BUILD_DATE__, preview: __SHOW_DRAFTS__ }),
  schema: articleSchema,
});

export const collections = { articles };
