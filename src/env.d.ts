/** True under `astro dev` only: defined by src/lib/draft-preview.ts. */
declare const __SHOW_DRAFTS__: boolean;

/** EDIT_URL_BASE at build time, or '' (astro.config.mjs). */
declare const __EDIT_URL_BASE__: string;

/** The articles' folder relative to the project, e.g. `content` (CONTENT_DIR; astro.config.mjs). */
declare const __CONTENT_DIR__: string;

/** Absolute folder of the caches kept between builds (CACHE_DIR; astro.config.mjs). */
declare const __CACHE_DIR__: string;

/** `YYYY-MM-DD` the build takes as today: later articles are scheduled (BUILD_DATE; astro.config.mjs). */
declare const __BUILD_DATE__: string;
