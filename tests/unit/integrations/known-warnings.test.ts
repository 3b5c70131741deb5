import { describe, expect, it } from 'vitest';
import { isAstroHeadInjectDirectiveWarning } from '../../../src/lib/integrations/known-warnings.ts';

describe('isAstroHeadInjectDirectiveWarning', () => {
  it('matches the per-MDX-file directive warning of withastro/astro#18087', () => {
    expect(isAstroHeadInjectDirectiveWarning({
      code: 'MODULE_LEVEL_DIRECTIVE',
      message: 'The semantics of the module level directive "use astro:head-inject" in "content/a.mdx?astroPropagatedAssets" may not be preserved when bundling.',
    })).toBe(true);
  });

  it('lets every other warning through', () => {
    expect(isAstroHeadInjectDirectiveWarning({ code: 'MODULE_LEVEL_DIRECTIVE', message: 'directive "use client" in x.js' })).toBe(false);
    expect(isAstroHeadInjectDirectiveWarning({ code: 'CIRCULAR_DEPENDENCY', message: '"use astro:head-inject"' })).toBe(false);
  });
});
