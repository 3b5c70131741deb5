import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './lib/content/article-schema.ts';
import { articleSlug } from './lib/content/content-checks.ts';
import { publishableOnly } from './lib/content/publishable-loader.ts';

const articles = defineCollection({
  loader: publishableOnly(
    // Subfolders are for the editors' order only: the URL is the file name, so ids stay one segment long.
    glob({ base: `./${__CONTENT_DIR__}`, pattern: '**/*.{md,mdx}', generateId: ({ entry }) => articleSlug(entry) }),
    { today: __BUILD_DATE__, preview: __SHOW_DRAFTS__ },
  ),
  schema: articleSchema,
});

export const collections = { articles };
