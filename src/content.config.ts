import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './lib/article-schema.ts';
import { toSlug } from './lib/slug.ts';

const articles = defineCollection({
  // Subfolders are for the editors' order only: the URL is the file name, so ids stay one segment long.
  loader: glob({
    base: './content',
    pattern: '**/*.{md,mdx}',
    generateId: ({ entry }) => toSlug(entry.replace(/^.*\//, '').replace(/\.mdx?$/, '')),
  }),
  schema: articleSchema,
});

export const collections = { articles };
