import Typograf from 'typograf';

/**
 * Russian typography: «ёлочки» with „лапками“ inside, em dashes with a non-breaking
 * space before them, non-breaking spaces after short words and in numbers.
 * Output is plain Unicode (no HTML entities): it goes into text nodes that the
 * HTML serializer escapes itself.
 */
const typograf = new Typograf({ locale: ['ru', 'en-US'], htmlEntity: { type: 'default' } });

/**
 * Rules that change what the author wrote rather than how it is set (dates rewritten
 * from ISO, letters «fixed» for a wrong keyboard layout, (c) → ©, signs in numbers,
 * doubled punctuation removed, phone numbers reformatted), plus trimming, which would
 * glue text to the inline markup around it. Fewer rules also make the build faster.
 */
const REWORDING_RULES = [
  'ru/date/*',
  'ru/typo/*',
  'ru/number/*',
  'common/number/*',
  'common/symbols/*',
  'ru/symbols/*',
  'ru/other/*',
  'common/html/*',
  'common/punctuation/apostrophe',
  'common/punctuation/delDoublePunctuation',
  'ru/punctuation/exclamation',
  'ru/punctuation/exclamationQuestion',
  'common/space/trimLeft',
  'common/space/trimRight',
];
for (const rule of REWORDING_RULES) typograf.disableRule(rule);

const EDGE_SPACES = /^(\s*)([\s\S]*?)(\s*)$/;

/**
 * Typeset texts by source text. Typograf costs ~4 ms per article, and a rebuild sees
 * the same paragraphs again, so the memo is kept on disk between builds
 * (see typography-cache-integration.ts).
 */
const memo = new Map<string, string>();

/** Typesets a run of text, keeping its leading and trailing spaces so inline markup around it stays apart. */
export function typeset(text: string): string {
  const known = memo.get(text);
  if (known !== undefined) return known;
  const [, before = '', core = '', after = ''] = EDGE_SPACES.exec(text) ?? [];
  const result = /[\p{L}\p{N}"'-]/u.test(core) ? before + typograf.execute(core) + after : text;
  memo.set(text, result);
  return result;
}

/** Bump when the rules change, so a kept memo from older rules is not reused. */
const RULES_VERSION = 1;

/** The memo as JSON for the disk cache. */
export function exportTypesetMemo(): string {
  return JSON.stringify({ version: RULES_VERSION, entries: [...memo] });
}

/** Loads a memo written by exportTypesetMemo; anything unreadable or from other rules is ignored. */
export function importTypesetMemo(json: string): number {
  try {
    const data = JSON.parse(json) as { version?: number; entries?: [string, string][] };
    if (data.version !== RULES_VERSION || !Array.isArray(data.entries)) return 0;
    for (const [source, result] of data.entries) if (typeof source === 'string' && typeof result === 'string') memo.set(source, result);
    return data.entries.length;
  } catch {
    return 0;
  }
}
