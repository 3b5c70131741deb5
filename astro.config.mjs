// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { loadEnv } from 'vite';
import { headingIdsPlugin } from './src/lib/heading-ids.ts';
import { typographyPlugin } from './src/lib/typography-plugin.ts';
import { headingAnchorsPlugin } from './src/lib/heading-anchors-plugin.ts';
import { isAstroHeadInjectDirectiveWarning } from './src/lib/known-warnings.ts';
import { normalizeBasePath, normalizeSiteUrl } from './src/lib/site-url.ts';

// astro.config.mjs does not read .env by itself; the process environment wins over the file.
const env = { ...loadEnv(process.env.NODE_ENV ?? 'production', process.cwd(), ''), ...process.env };

export default defineConfig({
  site: normalizeSiteUrl(env.SITE_URL),
  base: normalizeBasePath(env.BASE_PATH),
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // One request for the page: the stylesheet is small enough to ride along in the HTML.
    inlineStylesheets: 'always',
  },
  markdown: {
    processor: satteri({
      // Order matters: ids from the plain text, then typography, then anchors labelled with the typeset text.
      hastPlugins: [headingIdsPlugin, typographyPlugin, headingAnchorsPlugin],
      // Quotes and dashes are Russian typography's job, not SmartyPants' English quotes.
      features: { smartPunctuation: false },
    }),
  },
  integrations: [mdx(), sitemap()],
  vite: {
    build: {
      rolldownOptions: {
        onwarn(warning, warn) {
          if (!isAstroHeadInjectDirectiveWarning(warning)) warn(warning);
        },
      },
    },
  },
});
