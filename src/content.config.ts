import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './lib/content/article-schema.ts';
import { articleSlug } from './lib/content/content-checks.ts';

const articles = defineCollection({
  // Subfolders are for the editors' order only: the URL is the file name, so ids stay one segment long.
  loader: glob({
    base: './content',
    pattern: '**/*.{md,mdx}',
    generateId: ({ entry }) => articleSlug(entry),
  }),
  schema: articleSchema,
});

export const collections = { articles };
