import Typograf from 'typograf';

/**
 * Russian typography: «ёлочки» with „лапками“ inside, em dashes with a non-breaking
 * space before them, non-breaking spaces after short words and in numbers.
 * Output is plain Unicode (no HTML entities): it goes into text nodes that the
 * HTML serializer escapes itself.
 */
const typograf = new Typograf({ locale: ['ru', 'en-US'], htmlEntity: { type: 'default' } });

// Rules that would rewrite what the author wrote rather than how it is set.
for (const rule of ['common/punctuation/apostrophe', 'ru/other/phone-number', 'common/space/trimLeft', 'common/space/trimRight']) {
  typograf.disableRule(rule);
}

const EDGE_SPACES = /^(\s*)([\s\S]*?)(\s*)$/;

/** Typesets a run of text, keeping its leading and trailing spaces so inline markup around it stays apart. */
export function typeset(text: string): string {
  const [, before = '', core = '', after = ''] = EDGE_SPACES.exec(text) ?? [];
  if (!/[\p{L}\p{N}"'-]/u.test(core)) return text;
  return before + typograf.execute(core) + after;
}
