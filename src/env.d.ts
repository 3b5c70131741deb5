/** True under `astro dev` only: defined by src/lib/draft-preview.ts. */
declare const __SHOW_DRAFTS__: boolean;

/** EDIT_URL_BASE at build time, or '' (astro.config.mjs). */
declare const __EDIT_URL_BASE__: string;
