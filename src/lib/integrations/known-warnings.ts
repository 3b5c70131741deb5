interface BuildWarning {
  code?: string;
  message: string;
}

/**
 * Astro 7 makes every MDX module start with `"use astro:head-inject"`, and Rolldown
 * warns about that directive once per MDX file (11 lines each): an upstream bug,
 * withastro/astro#18087. The directive is Astro's own and harmless here. Only that
 * exact warning is dropped; every other MODULE_LEVEL_DIRECTIVE still shows.
 */
export function isAstroHeadInjectDirectiveWarning(warning: BuildWarning): boolean {
  return warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"');
}
