import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { textField } from './lib/content/schema-fields.ts';
import { makeArticleSchema } from './lib/content/article-schema.ts';
import { makeIssueSchema } from './lib/content/issue-schema.ts';
import { articleSlug } from './lib/content/content-checks.ts';
import { issueId, issuesForCollection, ISSUES_FILE_NAME } from './lib/content/issues-file.ts';
import { publishableOnly } from './lib/content/publishable-loader.ts';
import { optionalFile, tolerantLoader } from './lib/content/tolerant-loader.ts';

// Subfolders are for the editors' order only: the URL is the file name, so ids stay one segment long.
const files = glob({ base: `./${__CONTENT_DIR__}`, pattern: '**/*.{md,mdx}', generateId: ({ entry }) => articleSlug(entry) });

const articles = defineCollection({
  // A build never gets this far with a broken file (the content checks stop it); dev must keep running.
  loader: publishableOnly(__SHOW_DRAFTS__ ? tolerantLoader(files) : files, { today: __BUILD_DATE__, preview: __SHOW_DRAFTS__ }),
  // Articles name their issue by title; the reference is to its id, the title transliterated.
  schema: ({ image }) => makeArticleSchema({ cover: image(), issue: textField('issue').transform(issueId).pipe(reference('issues')) }),
});

const issuesFile = `./${__CONTENT_DIR__}/${ISSUES_FILE_NAME}`;
const issues = defineCollection({
  // A folder of drafts alone may have no issues file yet: that is no error (the checks ask for it once something is published).
  loader: optionalFile(issuesFile, file(issuesFile, { parser: issuesForCollection })),
  schema: ({ image }) => makeIssueSchema(image()),
});

export const collections = { articles, issues };
