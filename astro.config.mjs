// @ts-check
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { ARTICLE_FEATURES, articleHastPlugins } from './src/lib/markdown/article-pipeline.ts';
import { isAstroHeadInjectDirectiveWarning } from './src/lib/integrations/known-warnings.ts';
import { normalizeBasePath, normalizeEditUrlBase, normalizeSiteUrl } from './src/lib/site/site-url.ts';
import { CSP_DIRECTIVES, cspHash } from './src/lib/site/csp.ts';
import { readSiteEnv } from './src/lib/site/site-env.ts';
import { buildSettings } from './src/lib/site/build-settings.ts';
import { draftPreview } from './src/lib/integrations/draft-preview.ts';
import { contentChecks } from './src/lib/integrations/content-checks-integration.ts';
import { typographyCache } from './src/lib/integrations/typography-cache-integration.ts';
import { buildLock } from './src/lib/integrations/build-lock.ts';
import { upToDate } from './src/lib/integrations/up-to-date.ts';
import { socialCards } from './src/lib/integrations/social-cards-integration.ts';
import { typesetAhead } from './src/lib/integrations/typeset-ahead-integration.ts';
import { trailingSlashRedirects } from './src/lib/integrations/trailing-slash.ts';
import { searchIndex } from './src/lib/integrations/search-index.ts';
import { pageOwnCspIntegration } from './src/lib/integrations/page-csp-integration.ts';
import { siteConfig } from './src/site.config.ts';

const env = readSiteEnv(process.cwd(), process.env);
const settings = buildSettings(process.cwd(), env);
const base = normalizeBasePath(env.BASE_PATH);
const cards = socialCards(settings.cacheDir);
const typesetting = typesetAhead(settings.cacheDir);
const upToDateBuild = upToDate(settings, env);
// The pre-paint theme script is inlined as text, which Astro does not hash for CSP by itself.
const themeInitScript = readFileSync(new URL('./src/scripts/theme-init.js', import.meta.url), 'utf8');

export default defineConfig({
  // The content store and Astro's own caches live with ours, so a build with its own CACHE_DIR shares nothing.
  cacheDir: `${settings.cacheDir}/astro`,
  site: normalizeSiteUrl(env.SITE_URL),
  base,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // One request for the page: the stylesheet is small enough to ride along in the HTML.
    inlineStylesheets: 'always',
  },
  security: {
    csp: {
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { hashes: [cspHash(themeInitScript)] },
    },
  },
  markdown: {
    // Shiki colours code with inline styles, which the strict CSP forbids; articles are prose.
    syntaxHighlight: false,
    processor: satteri({ hastPlugins: articleHastPlugins(base), features: ARTICLE_FEATURES }),
  },
  integrations: [
    // First, so the cards are in dist/ before the others' end-of-build work (and the lock's release).
    cards.integration,
    buildLock(settings.cacheDir),
    // After the lock, before any work: an unchanged project stops here with dist/ as it is.
    upToDateBuild.check,
    contentChecks({
      ...settings,
      onChecked: (root, jobs, files) => {
        cards.draw(root, jobs);
        typesetting.start(root, files);
      },
    }),
    typographyCache(settings.cacheDir),
    typesetting.integration,
    mdx(), sitemap(), draftPreview(), trailingSlashRedirects(),
    // Each page's CSP with only its own hashes, then the search index over the finished pages.
    pageOwnCspIntegration(),
    searchIndex({ language: siteConfig.lang, startAfter: cards.ended }),
    upToDateBuild.record,
  ],
  vite: {
    define: {
      __EDIT_URL_BASE__: JSON.stringify(normalizeEditUrlBase(env.EDIT_URL_BASE)),
      __CONTENT_DIR__: JSON.stringify(settings.contentDir),
      __CACHE_DIR__: JSON.stringify(settings.cacheDir),
      __BUILD_DATE__: JSON.stringify(settings.today),
    },
    build: {
      rolldownOptions: {
        onwarn(warning, warn) {
          if (!isAstroHeadInjectDirectiveWarning(warning)) warn(warning);
        },
      },
    },
  },
});
