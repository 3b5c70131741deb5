import slugify from '@sindresorhus/slugify';

/** Fallback for text with no letters or digits (e.g. a heading made of emoji). */
const EMPTY_SLUG = 'razdel';

/** Readable ASCII slug: Russian is transliterated, everything else dropped to hyphens. */
export function toSlug(text: string): string {
  return slugify(text, { decamelize: false }) || EMPTY_SLUG;
}

/**
 * Returns a function that slugs texts and never hands out the same slug twice.
 * slugify's own counter is not enough: it would give «Итоги», «Итоги», «Итоги 2»
 * the ids itogi, itogi-2, itogi-2.
 */
export function createUniqueSlugger(taken: Iterable<string> = []): (text: string) => string {
  const used = new Set(taken);
  return (text) => {
    const base = toSlug(text);
    let slug = base;
    for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
    used.add(slug);
    return slug;
  };
}
