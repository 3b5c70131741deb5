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

/** Typesets a run of text, keeping its leading and trailing spaces so inline markup around it stays apart. */
export function typeset(text: string): string {
  const [, before = '', core = '', after = ''] = EDGE_SPACES.exec(text) ?? [];
  if (!/[\p{L}\p{N}"'-]/u.test(core)) return text;
  return before + typograf.execute(core) + after;
}
