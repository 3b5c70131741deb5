/** True under `astro dev` only: defined by src/lib/draft-preview.ts. */
declare const __SHOW_DRAFTS__: boolean;
