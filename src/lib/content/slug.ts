import slugify from '@sindresorhus/slugify';

/** Fallback for text with no letters or digits (e.g. a heading made of emoji). */
const EMPTY_SLUG = 'razdel';

/** Readable ASCII slug: Russian is transliterated, everything else dropped to hyphens. */
export function toSlug(text: string): string {
  return slugify(text, { decamelize: false }) || EMPTY_SLUG;
}

/**
 * An id for a heading: a slug that starts with a letter, as CSS selectors and
 * validators want. A leading section number goes («1. Итоги» → itogi); a heading
 * that starts with another number keeps it behind a prefix («2025 год» → razdel-2025-god).
 */
export function toHeadingId(text: string): string {
  const slug = toSlug(text.replace(/^\s*\d+[.)]\s+(?=\S)/, ''));
  return /^[a-z]/.test(slug) ? slug : `${EMPTY_SLUG}-${slug}`;
}

/**
 * Returns a function that slugs texts and never hands out the same slug twice.
 * slugify's own counter is not enough: it would give «Итоги», «Итоги», «Итоги 2»
 * the ids itogi, itogi-2, itogi-2.
 */
export function createUniqueSlugger(taken: Iterable<string> = [], slugify: (text: string) => string = toSlug): (text: string) => string {
  const used = new Set(taken);
  return (text) => {
    const base = slugify(text);
    let slug = base;
    for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
    used.add(slug);
    return slug;
  };
}

/** An author's page address: the name transliterated, so «Мария Петрова» → maria-petrova. */
export const authorId = (name: string): string => toSlug(name.trim());
