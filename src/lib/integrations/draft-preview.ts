import type { AstroIntegration } from 'astro';

/**
 * Drafts are shown by `astro dev` and never by `astro build`, whatever NODE_ENV
 * says (a test runner or a shell may set it to anything): the flag comes from
 * Astro's own command and reaches pages as the constant `__SHOW_DRAFTS__`.
 */
export function draftPreview(): AstroIntegration {
  return {
    name: 'draft-preview',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({ vite: { define: { __SHOW_DRAFTS__: JSON.stringify(command === 'dev') } } });
      },
    },
  };
}
